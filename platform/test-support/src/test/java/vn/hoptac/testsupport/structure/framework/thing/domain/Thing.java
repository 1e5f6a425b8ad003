package vn.hoptac.testsupport.structure.framework.thing.domain;

/** A domain class that wrongly knows a framework. */
@org.springframework.stereotype.Component
public class Thing {
}
