"""dicomodel.codes on the generated 2024c package: names, membership, laziness, pydicom."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest
from pydicom.sr.coding import Code as PydicomCode

from dicomodel import codes
from dicomodel.coding import Code

CID4410_MEMBERS = [
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
]


def test_cid4410_by_number_and_by_keyword() -> None:
    cid = codes.cid4410
    assert codes.TopicalTreatment is cid
    assert (cid.CID, cid.NAME, cid.KEYWORD) == (4410, "Topical Treatment", "TopicalTreatment")
    assert cid.UID == "1.2.840.10008.6.1.1478"
    assert (cid.EXTENSIBLE, cid.VERSION, cid.INCLUDES) == (True, "20231115", ())
    assert [getattr(cid, name) for name in CID4410_MEMBERS] == list(cid.MEMBERS)
    assert all(code.scheme == "SCT" for code in cid.MEMBERS)
    assert cid.HemostaticAgent == Code("SCT", "372681003", "Hemostatic agent")
    assert cid.HemostaticAgent.meaning == "Hemostatic agent"
    assert 4410 in cid.Antibiotic.cids


def test_confocal_microscopy_in_the_modality_groups() -> None:
    cfm = codes.cid29.ConfocalMicroscopy
    assert (cfm.scheme, cfm.value, cfm.meaning) == ("DCM", "CFM", "Confocal Microscopy")
    assert codes.AcquisitionModality is codes.cid29
    assert cfm in codes.cid29.MEMBERS
    assert codes.Modality.ConfocalMicroscopy == cfm  # CID 33, through its include of CID 29
    assert codes.DCM.ConfocalMicroscopy == cfm


def test_included_members_are_attributes_in_membership_order() -> None:
    view = codes.cid501
    assert view.INCLUDES == (6, 26, 4010, 12226)
    assert view.Coronal.value == "81654009"  # from CID 6
    assert view.MEMBERS[0] == view.Coronal
    assert len(view.MEMBERS) == len(set(view.MEMBERS))


def test_colliding_keywords_carry_their_code_values() -> None:
    assert codes.cid501.Axial_24422004.value == "24422004"
    assert codes.cid501.Axial_399061009.value == "399061009"
    assert not hasattr(codes.cid501, "Axial")
    assert codes.cid7181.Centimeter__cm.value == "/cm"


def test_pydicom_codes_are_equal() -> None:
    ours = codes.cid4410.Antibiotic
    theirs = ours.to_pydicom()
    assert isinstance(theirs, PydicomCode)
    assert theirs == PydicomCode("255631004", "SCT", "Antibiotic")
    assert ours == theirs
    assert theirs == ours
    assert hash(ours) == hash(theirs) == hash(Code("SCT", "255631004", "other meaning"))
    assert len({ours, theirs}) == 1
    assert ours != codes.cid4410.Antifungal


def test_scheme_modules() -> None:
    assert codes.SCT is codes.scheme_sct
    assert codes.SCT.DESIGNATOR == "SCT"
    assert codes.SCT.URI == "http://snomed.info/sct"
    assert codes.SCT.Antibiotic == codes.TopicalTreatment.Antibiotic
    assert len(codes.SCT.MEMBERS) == 4998
    assert codes.DCM.NAME == "DICOM Controlled Terminology"
    assert codes.RFC_3881.DESIGNATOR == "RFC-3881"
    assert codes.V99SDM.RETIRED is True
    assert codes._99SDM is codes.V99SDM  # earlier builds' spelling, at run time only


def test_metadata_and_members_in_one_dunder() -> None:
    """``__cid__`` and ``__scheme__`` hold what ``CID``, ``NAME``, ... ``MEMBERS`` hold
    (completion after ``codes.cid4410.`` then lists the codes first)."""
    group = codes.cid4410.__cid__
    assert (group.cid, group.name, group.keyword) == (4410, "Topical Treatment", "TopicalTreatment")
    assert (group.uid, group.extensible, group.includes) == ("1.2.840.10008.6.1.1478", True, ())
    assert group.members == codes.cid4410.MEMBERS  # type: ignore[attr-defined]
    assert len(group.members) == 10
    assert codes.cid61.__cid__.keyword is None
    scheme = codes.SCT.__scheme__
    assert (scheme.designator, scheme.uri, scheme.retired) == (
        "SCT",
        "http://snomed.info/sct",
        False,
    )
    assert len(scheme.members) == 4998
    assert codes.V99SDM.__scheme__.retired is True


def test_a_code_keyword_with_a_leading_digit() -> None:
    """PS3.16 "14 Carbon" is ``V14Carbon`` (pyright calls ``_14Carbon`` protected); the
    old spelling still works at run time, and is not a member twice."""
    assert codes.cid18.V14Carbon.meaning == "^14^Carbon"
    assert codes.cid18._14Carbon is codes.cid18.V14Carbon  # type: ignore[attr-defined]
    assert codes.cid18.MEMBERS.count(codes.cid18.V14Carbon) == 1


def test_names_and_errors_of_the_package() -> None:
    names = dir(codes)
    assert {"cid4410", "TopicalTreatment", "SCT", "scheme_sct", "DCM"} <= set(names)
    assert "CalculationMethod" not in names  # CID 3745 and CID 6140 share it
    with pytest.raises(AttributeError, match="has no attribute 'CalculationMethod'"):
        _ = codes.CalculationMethod
    assert codes.cid3745.KEYWORD == codes.cid6140.KEYWORD == "CalculationMethod"
    assert codes.cid61.KEYWORD is None  # retired: by number only


def test_every_generated_code_module_imports() -> None:
    found = [info.name for info in pkgutil.iter_modules(codes.__path__) if info.name != "groups"]
    assert len(found) == 1384 + 74  # groups: the types of the groups' codes, no MEMBERS
    for name in found:
        module = importlib.import_module(f"dicomodel.codes.{name}")
        assert all(isinstance(code, Code) for code in module.MEMBERS)


PROBE = """
import json, sys
import dicomodel.codes
after_package = sorted(m for m in sys.modules if m.startswith(("dicomodel.codes.", "pydicom")))
import dicomodel.codes.cid4410
after_cid = sorted(m for m in sys.modules if m.startswith(("dicomodel.codes.", "pydicom")))
print(json.dumps([after_package, after_cid]))
"""


def test_import_is_lazy() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True)
    after_package, after_cid = json.loads(done.stdout)
    assert after_package == []
    assert after_cid == ["dicomodel.codes.cid4410"]
