package vn.hoptac.testsupport.structure.cyclic.a;

/** Half of a deliberate cycle between two features. */
public class A {
    public vn.hoptac.testsupport.structure.cyclic.b.B partner() {
        return new vn.hoptac.testsupport.structure.cyclic.b.B();
    }
}
