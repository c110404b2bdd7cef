"""Identifiers for IOD classes, CID and scheme modules, scheme attributes, safe names."""

from __future__ import annotations

import pytest

from generator.naming.identifiers import (
    NamingError,
    cid_module,
    iod_class_name,
    number_words,
    old_spelling,
    python_name,
    scheme_attribute,
    scheme_module,
    value_suffix,
)


@pytest.mark.parametrize(
    ("iod", "name"),
    [
        ("CT Image IOD", "CTImage"),
        ("Confocal Microscopy Image IOD", "ConfocalMicroscopyImage"),
        ("Confocal Microscopy Tiled Pyramidal Image IOD", "ConfocalMicroscopyTiledPyramidalImage"),
        ("12-Lead ECG IOD", "TwelveLeadECG"),
        ("General 32-bit ECG IOD", "General32BitECG"),
        ("X-Ray 3D Angiographic Image IOD", "XRay3DAngiographicImage"),
        ("XA/XRF Grayscale Softcopy Presentation State IOD",
         "XAXRFGrayscaleSoftcopyPresentationState"),
        ("Multi-frame True Color Secondary Capture Image IOD",
         "MultiFrameTrueColorSecondaryCaptureImage"),
        ("Macular Grid Thickness and Volume Report IOD", "MacularGridThicknessAndVolumeReport"),
        ("Ophthalmic Optical Coherence Tomography B-scan Volume Analysis IOD",
         "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis"),
        ("Pseudo-color Softcopy Presentation State IOD", "PseudoColorSoftcopyPresentationState"),
        ("3D Thing IOD", "ThreeDThing"),
        ("Enhanced SR", "EnhancedSR"),
    ],
)  # fmt: skip
def test_iod_class_name(iod: str, name: str) -> None:
    assert iod_class_name(iod) == name


@pytest.mark.parametrize("iod", ["", "--- IOD", "\u00e9 IOD"])
def test_iod_class_name_refuses_what_gives_no_class(iod: str) -> None:
    with pytest.raises(NamingError, match="IOD name"):
        iod_class_name(iod)


@pytest.mark.parametrize(
    ("number", "words"),
    [(0, "Zero"), (12, "Twelve"), (20, "Twenty"), (42, "FortyTwo"), (305, "ThreeHundredFive"),
     (2024, "TwoThousandTwentyFour")],
)  # fmt: skip
def test_number_words(number: int, words: str) -> None:
    assert number_words(number) == words


def test_module_names() -> None:
    assert cid_module(4410) == "cid4410"
    assert scheme_module("SCT") == "scheme_sct"
    assert scheme_module("ASTM-sigpurpose") == "scheme_astm_sigpurpose"
    assert scheme_module("99SDM") == "scheme_99sdm"
    assert scheme_module("ISO3166_1") == "scheme_iso3166_1"


@pytest.mark.parametrize(
    ("designator", "attribute"),
    [("SCT", "SCT"), ("DCM", "DCM"), ("NCIt", "NCIt"), ("mediaType", "mediaType"),
     ("ISO3166_1", "ISO3166_1"), ("RFC-3881", "RFC_3881"), ("99SDM", "V99SDM"),
     ("ASTM-sigpurpose", "ASTM_sigpurpose")],
)  # fmt: skip
def test_scheme_attribute(designator: str, attribute: str) -> None:
    assert scheme_attribute(designator) == attribute


def test_scheme_attribute_refuses_a_python_keyword() -> None:
    with pytest.raises(NamingError, match="'class'"):
        scheme_attribute("class")


@pytest.mark.parametrize(
    ("name", "reserved", "safe"),
    [
        ("Axial", (), "Axial"),
        ("None", (), "None_"),
        ("class", (), "class_"),
        ("URI", ("URI", "UID"), "URI_"),
        ("2Point5", (), "V2Point5"),
        ("_14Carbon", (), "V14Carbon"),  # pydicom's spelling of a PS3.16 keyword
        ("_private", (), "_private"),
        ("Canastr\u00e3o", (), "Canastr\u00e3o"),
        ("\ufb01ne", (), "fine"),  # the ligature, as Python reads it in source
    ],
)
def test_python_name(name: str, reserved: tuple[str, ...], safe: str) -> None:
    assert python_name(name, reserved) == safe


def test_old_spelling_of_a_name_with_a_leading_digit() -> None:
    """Earlier builds (and pydicom) wrote ``_14Carbon``: pyright calls that protected."""
    assert old_spelling("V14Carbon") == "_14Carbon"
    assert old_spelling("V99SDM") == "_99SDM"
    assert old_spelling("Vertebra") is None
    assert old_spelling("Axial") is None


def test_python_name_refuses_what_is_no_identifier() -> None:
    with pytest.raises(NamingError, match="not a Python identifier"):
        python_name("a-b")


def test_value_suffix_is_one_character_for_one() -> None:
    assert value_suffix("2:86") == "2_86"
    assert value_suffix("/cm") == "_cm"
    assert value_suffix("G-5211") == "G_5211"
    assert value_suffix("mm[Hg]") == "mm_Hg_"
