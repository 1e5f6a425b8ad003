package vn.hoptac.testsupport.structure.clean.two;

/** A feature using another one way. */
public class Use {
    public vn.hoptac.testsupport.structure.clean.one.domain.Rule rule() {
        return new vn.hoptac.testsupport.structure.clean.one.domain.Rule("x");
    }
}
