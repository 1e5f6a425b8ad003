package vn.hoptac.registry.organisation.domain;

/** Giải thể tự nguyện or bắt buộc. */
public enum Dissolution {
    VOLUNTARY, FORCED
}
