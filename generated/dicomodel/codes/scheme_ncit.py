"""Coding scheme NCIt: NCI Thesaurus.

39 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "NCIt"
NAME: _Final[str] = "NCI Thesaurus"
UID: _Final[str | None] = "2.16.840.1.113883.3.26.1.1"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

Abnormality: _Final[_Code] = _Code("NCIt", "C9440", "Abnormality", (6334,))
"""Abnormality (NCIt C9440)."""

AdLibitum: _Final[_Code] = _Code("NCIt", "C64636", "ad libitum", (609,))
"""ad libitum (NCIt C64636)."""

Adjudicator: _Final[_Code] = _Code("NCIt", "C96561", "Adjudicator", (7453,))
"""Adjudicator (NCIt C96561)."""

BronchioloalveolarAdenocarcinoma: _Final[_Code] = _Code(
    "NCIt", "C2923", "Bronchioloalveolar adenocarcinoma", (639,)
)
"""Bronchioloalveolar adenocarcinoma (NCIt C2923)."""

CardiotonicAgent: _Final[_Code] = _Code("NCIt", "C78322", "Cardiotonic agent", (10,))
"""Cardiotonic agent (NCIt C78322)."""

Cryoablation: _Final[_Code] = _Code("NCIt", "C15215", "Cryoablation", (6320,))
"""Cryoablation (NCIt C15215)."""

DCFBCF18: _Final[_Code] = _Code("NCIt", "C96234", "DCFBC F^18^", (4021,))
"""DCFBC F^18^ (NCIt C96234)."""

Dosimetrist: _Final[_Code] = _Code("NCIt", "C93176", "Dosimetrist", (9555, 9562))
"""Dosimetrist (NCIt C93176)."""

EnhancingLesion: _Final[_Code] = _Code("NCIt", "C113842", "Enhancing Lesion", (7169,))
"""Enhancing Lesion (NCIt C113842)."""

Enrollment: _Final[_Code] = _Code("NCIt", "C37948", "Enrollment", (280,))
"""Enrollment (NCIt C37948)."""

Erect: _Final[_Code] = _Code("NCIt", "C86043", "erect", (19,))
"""erect (NCIt C86043)."""

ExtraluminalRoute: _Final[_Code] = _Code("NCIt", "C38213", "Extraluminal route", (11,))
"""Extraluminal route (NCIt C38213)."""

Fibrate: _Final[_Code] = _Code("NCIt", "C98150", "Fibrate", (3761,))
"""Fibrate (NCIt C98150)."""

FocusedUltrasoundAblation: _Final[_Code] = _Code(
    "NCIt", "C68681", "Focused ultrasound ablation", (6320,)
)
"""Focused ultrasound ablation (NCIt C68681)."""

Image: _Final[_Code] = _Code("NCIt", "C48179", "Image", (272,))
"""Image (NCIt C48179)."""

ImagingRegionOfInterest: _Final[_Code] = _Code(
    "NCIt", "C85402", "Imaging Region of Interest", (272,)
)
"""Imaging Region of Interest (NCIt C85402)."""

IndexLesion: _Final[_Code] = _Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961)."""

IntraepithelialRoute: _Final[_Code] = _Code("NCIt", "C38244", "Intraepithelial route", (11,))
"""Intraepithelial route (NCIt C38244)."""

Ion: _Final[_Code] = _Code("NCIt", "C597", "Ion", (9526,))
"""Ion (NCIt C597)."""

IrreversibleElectroporation: _Final[_Code] = _Code(
    "NCIt", "C131483", "Irreversible electroporation", (6320,)
)
"""Irreversible electroporation (NCIt C131483)."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

MouseMammaryFatPad: _Final[_Code] = _Code("NCIt", "C22550", "Mouse mammary fat pad", (644,))
"""Mouse mammary fat pad (NCIt C22550)."""

NativeHawaiianOrOtherPacificIslander: _Final[_Code] = _Code(
    "NCIt", "C41219", "Native Hawaiian or other Pacific Islander", (6099,)
)
"""Native Hawaiian or other Pacific Islander (NCIt C41219)."""

NoEvidenceOfDisease: _Final[_Code] = _Code("NCIt", "C40413", "No Evidence of Disease", (6098,))
"""No Evidence of Disease (NCIt C40413)."""

NonEnhancingLesion: _Final[_Code] = _Code("NCIt", "C81175", "Non-Enhancing Lesion", (7169,))
"""Non-Enhancing Lesion (NCIt C81175)."""

PSMA11Ga68: _Final[_Code] = _Code("NCIt", "C118961", "PSMA-11 Ga^68^", (4021,))
"""PSMA-11 Ga^68^ (NCIt C118961)."""

PiflufolastatF18: _Final[_Code] = _Code("NCIt", "C116352", "Piflufolastat F^18^", (4021,))
"""Piflufolastat F^18^ (NCIt C116352)."""

RANO: _Final[_Code] = _Code("NCIt", "C114879", "RANO", (6147,))
"""RANO (NCIt C114879)."""

Reader: _Final[_Code] = _Code("NCIt", "C28747", "Reader", (7453,))
"""Reader (NCIt C28747)."""

RecurrentDisease: _Final[_Code] = _Code("NCIt", "C38155", "Recurrent Disease", (6098,))
"""Recurrent Disease (NCIt C38155)."""

ReferenceRegion: _Final[_Code] = _Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970)."""

Reviewer: _Final[_Code] = _Code("NCIt", "C54634", "Reviewer", (7453,))
"""Reviewer (NCIt C54634)."""

SarcosineC11: _Final[_Code] = _Code("NCIt", "C122684", "Sarcosine C^11^", (4021,))
"""Sarcosine C^11^ (NCIt C122684)."""

SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_Code] = _Code(
    "NCIt", "C148457", "Soft tissue sarcoma, excluding rhabdomyosarcoma", (639,)
)
"""Soft tissue sarcoma, excluding rhabdomyosarcoma (NCIt C148457)."""

Technetium99mTrofolastat: _Final[_Code] = _Code(
    "NCIt", "C116887", "Technetium^99m Trofolastat", (25,)
)
"""Technetium^99m Trofolastat (NCIt C116887)."""

TransluminalRoute: _Final[_Code] = _Code("NCIt", "C38306", "Transluminal route", (11,))
"""Transluminal route (NCIt C38306)."""

UnitConversionFactor: _Final[_Code] = _Code("NCIt", "C70774", "Unit Conversion Factor", (10069,))
"""Unit Conversion Factor (NCIt C70774)."""

V166Holmium: _Final[_Code] = _Code("NCIt", "C1943", "^166^Holmium", (18,))
"""^166^Holmium (NCIt C1943)."""

V4kscore: _Final[_Code] = _Code("NCIt", "C142184", "4Kscore", (6352,))
"""4Kscore (NCIt C142184)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_166Holmium: _Final[_Code] = V166Holmium
_4kscore: _Final[_Code] = V4kscore

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abnormality,
    AdLibitum,
    Adjudicator,
    BronchioloalveolarAdenocarcinoma,
    CardiotonicAgent,
    Cryoablation,
    DCFBCF18,
    Dosimetrist,
    EnhancingLesion,
    Enrollment,
    Erect,
    ExtraluminalRoute,
    Fibrate,
    FocusedUltrasoundAblation,
    Image,
    ImagingRegionOfInterest,
    IndexLesion,
    IntraepithelialRoute,
    Ion,
    IrreversibleElectroporation,
    Middle,
    MouseMammaryFatPad,
    NativeHawaiianOrOtherPacificIslander,
    NoEvidenceOfDisease,
    NonEnhancingLesion,
    PSMA11Ga68,
    PiflufolastatF18,
    RANO,
    Reader,
    RecurrentDisease,
    ReferenceRegion,
    Reviewer,
    SarcosineC11,
    SoftTissueSarcomaExcludingRhabdomyosarcoma,
    Technetium99mTrofolastat,
    TransluminalRoute,
    UnitConversionFactor,
    V166Holmium,
    V4kscore,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
