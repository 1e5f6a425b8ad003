package vn.hoptac.plumbing.alliance;

/** A provincial-level unit (tỉnh / thành phố trực thuộc trung ương) with its official code. */
public record Province(String code, String name, String nameAscii, String kind) {
}
