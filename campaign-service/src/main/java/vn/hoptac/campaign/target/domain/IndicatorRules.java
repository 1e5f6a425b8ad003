package vn.hoptac.campaign.target.domain;

import java.util.List;
import java.util.Map;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** The published indicators a target may name (the contracts' catalogue), as the domain needs them. */
public interface IndicatorRules {

    /** The faults of naming {@code indicatorId} with {@code filter}: an unknown indicator, a filter it does not have. */
    List<FieldError> check(String indicatorId, Map<String, String> filter);

    /** The version of the indicator's definition a target is set against. */
    int versionOf(String indicatorId);
}
