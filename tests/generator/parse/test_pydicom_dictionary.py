"""Table 6-1 from pydicom's bundled 2024c dictionary, with its provenance."""

from __future__ import annotations

import pytest

from generator.errors import GeneratorError
from generator.ir.vocabulary import VR
from generator.parse.pydicom_dictionary import pydicom_edition, read_pydicom_dictionary


def test_pydicom_ships_2024c() -> None:
    assert pydicom_edition() == "2024c"


def test_elements_and_provenance() -> None:
    elements, provenance = read_pydicom_dictionary("2024c")
    by_tag = {element.tag: element for element in elements}
    assert provenance.source == "pydicom"
    assert "pydicom 3.0.2" in provenance.detail
    patient_name = by_tag["(0010,0010)"]
    assert (patient_name.keyword, patient_name.vrs, patient_name.vm) == (
        "PatientName",
        (VR.PN,),
        "1",
    )
    overlay = by_tag["(60xx,3000)"]
    assert overlay.repeating
    assert overlay.vrs == (VR.OB, VR.OW)
    assert by_tag["(FFFE,E000)"].vrs == ()
    assert [element.tag for element in elements] == sorted(by_tag)
    # Table 6-1 holds neither the command group, nor file meta, nor directory elements.
    assert not any(element.tag[1:5] in {"0000", "0002", "0004"} for element in elements)
    assert len(elements) > 5000
    assert sum(element.retired for element in elements) > 400


def test_other_edition_is_refused_unless_accepted() -> None:
    with pytest.raises(GeneratorError, match="bundles the 2024c dictionary"):
        read_pydicom_dictionary("2025a")
    elements, provenance = read_pydicom_dictionary("2025a", accept_mismatch=True)
    assert elements
    assert provenance.edition == "2024c"
