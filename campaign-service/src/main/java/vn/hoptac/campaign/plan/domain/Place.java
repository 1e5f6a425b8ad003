package vn.hoptac.campaign.plan.domain;

/**
 * Where something happens: a commune (or district, or "toàn tỉnh"), the current province, and the
 * 2008–2025 province it belonged to when that applies (Đắk Nông, 67, before it became part of Lâm
 * Đồng, 68). Any part may be unknown.
 */
public record Place(String commune, String provinceCode, String formerProvinceCode) {

    public static final Place UNKNOWN = new Place(null, null, null);
}
