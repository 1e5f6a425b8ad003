package vn.hoptac.testsupport.structure.cyclic.b;

/** The other half of a deliberate cycle between two features. */
public class B {
    public vn.hoptac.testsupport.structure.cyclic.a.A partner() {
        return new vn.hoptac.testsupport.structure.cyclic.a.A();
    }
}
