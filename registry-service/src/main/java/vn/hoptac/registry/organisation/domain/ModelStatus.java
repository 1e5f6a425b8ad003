package vn.hoptac.registry.organisation.domain;

/**
 * New-type cooperative (HTX kiểu mới), model cooperative that others replicate, and the cooperative
 * it was founded on the model of (Hà Giang: 29 on the Thôn Chang model).
 */
public record ModelStatus(boolean newType, boolean model, String foundedOnModelOf) {

    public static final ModelStatus NONE = new ModelStatus(false, false, null);
}
