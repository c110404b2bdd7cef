"""IDE completion (jedi) sees the generated codes and UIDs as real attributes.

jedi follows ``pkgutil.extend_path`` in ``src/dicomodel/__init__.py``: with both
``src/`` and ``generated/`` on its path (as an editable install puts them), it
finds ``dicomodel.codes`` and ``dicomodel.uids`` in ``generated/``. The project
here names both roots explicitly (``added_sys_path``), so the test does not
depend on how the package was installed; the editable install's ``.pth`` gives
jedi's default environment the same two folders.
"""

from __future__ import annotations

import jedi
import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def project() -> jedi.Project:
    roots = [str(REPO_ROOT / "src"), str(REPO_ROOT / "generated")]
    return jedi.Project(REPO_ROOT, added_sys_path=roots, smart_sys_path=False)


def _complete(project: jedi.Project, source: str) -> set[str]:
    lines = source.splitlines()
    script = jedi.Script(source, project=project)
    return {completion.name for completion in script.complete(len(lines), len(lines[-1]))}


CID4410 = {
    "Immunomodulator",
    "Antifungal",
    "Antibiotic",
    "Steroid",
    "CytotoxicAgent",
    "KeratolyticAgent",
    "HemostaticAgent",
    "Tretinoin",
    "AscorbicAcid",
    "AluminumHydroxide",
}


def _ordered(project: jedi.Project, source: str) -> list[str]:
    lines = source.splitlines()
    script = jedi.Script(source, project=project)
    return [completion.name for completion in script.complete(len(lines), len(lines[-1]))]


def test_cid_module_by_number(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel import codes\ncodes.cid4410.")
    assert found >= CID4410 | {"__cid__"}


def test_cid_completion_lists_the_members_first(project: jedi.Project) -> None:
    """The ten codes, then nothing but dunder names: the group's metadata is one
    ``__cid__`` object (``codes.cid4410.__cid__.members``), and jedi lists names that
    start with ``_`` after the others (``jedi.api.completion``)."""
    names = _ordered(project, "from dicomodel import codes\ncodes.cid4410.")
    assert set(names[:10]) == CID4410
    assert all(name.startswith("__") for name in names[10:]), names[10:20]
    assert "__cid__" in names
    scheme = _ordered(project, "from dicomodel import codes\ncodes.DCM.")
    assert not {"DESIGNATOR", "NAME", "UID", "URI", "RETIRED", "MEMBERS"} & set(scheme)
    assert "__scheme__" in scheme


def test_cid_metadata(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel import codes\ncodes.cid4410.__cid__.")
    assert {"cid", "name", "keyword", "uid", "extensible", "members"} <= found


def test_jedi_does_not_narrow_on_isinstance() -> None:
    """Why ``read(path, model=CTImage)`` is the way to complete a read's fields: jedi
    narrows a name by ``isinstance`` only when it knows nothing of its type; a value
    whose type it knows (an annotated return, as ``read()``'s ``DicomModel``) keeps that
    type inside the check, in plain Python as well."""
    classes = "class Base:\n    base_field = 0\n\n\nclass Child(Base):\n    child_field = 1\n\n\n"
    known = (
        "def read() -> Base:\n    return Child()\n\n\n"
        "value = read()\nif isinstance(value, Child):\n    value."
    )
    unknown = "def f(value):\n    if isinstance(value, Child):\n        value."

    def names(source: str) -> set[str]:
        lines = source.splitlines()
        return {c.name for c in jedi.Script(source).complete(len(lines), len(lines[-1]))}

    found = names(classes + known)
    assert "base_field" in found
    assert "child_field" not in found  # if this fails, jedi narrows now: test read() too
    assert "child_field" in names(classes + unknown)  # narrowed where the type is unknown


def test_fields_after_from_dataset(project: jedi.Project) -> None:
    source = (
        "from pydicom import Dataset\nfrom dicomodel.iods import CTImage\n"
        "img = CTImage.from_dataset(Dataset())\nimg."
    )
    assert {"Rows", "PatientName", "KVP", "to_json"} <= _complete(project, source)


def test_fields_after_read(project: jedi.Project) -> None:
    """``read(..., model=CTImage)`` is typed ``CTImage``; so is a name annotated after an
    ``isinstance`` check. (jedi 0.19 does not narrow on ``isinstance`` itself: a bare
    ``if isinstance(model, CTImage): model.`` completes ``DicomModel``'s names only.)"""
    source = (
        "import dicomodel\nfrom dicomodel.iods import CTImage\n"
        "model = dicomodel.read('ct.dcm', model=CTImage)\nmodel."
    )
    assert {"Rows", "PatientName", "KVP"} <= _complete(project, source)
    narrowed = (
        "import dicomodel\nfrom dicomodel.iods import CTImage\n"
        "model = dicomodel.read('ct.dcm')\nif isinstance(model, CTImage):\n"
        "    ct: CTImage = model\n    ct."
    )
    assert {"Rows", "PatientName", "KVP"} <= _complete(project, narrowed)
    assert {"to_json", "problems"} <= _complete(project, "import dicomodel\ndicomodel.read('x').")


def test_item_by_sequence_keyword(project: jedi.Project) -> None:
    source = "from dicomodel.items import ConceptNameCodeSequenceItem\nConceptNameCodeSequenceItem."
    assert {"from_code", "CodeValue", "CodeMeaning"} <= _complete(project, source)


def test_cid_module_by_keyword(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel import codes\ncodes.TopicalTreatment.")
    assert found >= CID4410
    assert _complete(project, "from dicomodel import codes\ncodes.TopicalTr") == {
        "TopicalTreatment"
    }


def test_scheme_module(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel import codes\ncodes.DCM.ConfocalMi")
    assert found == {"ConfocalMicroscopy"}


def test_uids(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel import uids\nuids.")
    assert {"CTImageStorage", "ImplicitVRLittleEndian", "UID_INFO", "iod_class_name"} <= found
    assert "ConfocalMicroscopyTiledPyramidalImageStorage" in found


def test_member_type_and_docstring(project: jedi.Project) -> None:
    source = "from dicomodel import codes\ncodes.TopicalTreatment.Antibiotic"
    script = jedi.Script(source, project=project)
    (inferred,) = script.infer(2, len("codes.TopicalTreatment.Antibiotic"))
    assert inferred.name == "Cid4410Code"  # the group type of codes.groups (a Code)
    (completion,) = jedi.Script(source, project=project).complete(2, len(source.split("\n")[1]))
    assert "Antibiotic (SCT 255631004)." in completion.docstring()


def test_iod_constructor_fields(project: jedi.Project) -> None:
    source = "from dicomodel.iods import CTImage\nCTImage("
    lines = source.splitlines()
    script = jedi.Script(source, project=project)
    names = {c.name for c in script.complete(len(lines), len(lines[-1]))}
    assert {"PatientName=", "KVP=", "SOPInstanceUID=", "ImageType="} <= names


def test_enum_members(project: jedi.Project) -> None:
    found = _complete(project, "from dicomodel.enums import ConfocalMode\nConfocalMode.")
    assert {"REFLECTANCE", "FLUORESCENCE"} <= found


def test_model_field_docstring(project: jedi.Project) -> None:
    source = "from dicomodel.modules import PatientModule\nPatientModule.PatientName"
    script = jedi.Script(source, project=project)
    (completion,) = script.complete(2, len("PatientModule.PatientName"))
    assert "Patient's Name (0010,0010): Type 2, VR PN, VM 1." in completion.docstring()
