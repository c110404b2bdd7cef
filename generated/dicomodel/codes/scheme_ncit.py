"""Coding scheme NCIt: NCI Thesaurus.

39 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "NCIt"
NAME: Final[str] = "NCI Thesaurus"
UID: Final[str | None] = "2.16.840.1.113883.3.26.1.1"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

Abnormality: Final[Code] = Code("NCIt", "C9440", "Abnormality", (6334,))
"""Abnormality (NCIt C9440)."""

AdLibitum: Final[Code] = Code("NCIt", "C64636", "ad libitum", (609,))
"""ad libitum (NCIt C64636)."""

Adjudicator: Final[Code] = Code("NCIt", "C96561", "Adjudicator", (7453,))
"""Adjudicator (NCIt C96561)."""

BronchioloalveolarAdenocarcinoma: Final[Code] = Code(
    "NCIt", "C2923", "Bronchioloalveolar adenocarcinoma", (639,)
)
"""Bronchioloalveolar adenocarcinoma (NCIt C2923)."""

CardiotonicAgent: Final[Code] = Code("NCIt", "C78322", "Cardiotonic agent", (10,))
"""Cardiotonic agent (NCIt C78322)."""

Cryoablation: Final[Code] = Code("NCIt", "C15215", "Cryoablation", (6320,))
"""Cryoablation (NCIt C15215)."""

DCFBCF18: Final[Code] = Code("NCIt", "C96234", "DCFBC F^18^", (4021,))
"""DCFBC F^18^ (NCIt C96234)."""

Dosimetrist: Final[Code] = Code("NCIt", "C93176", "Dosimetrist", (9555, 9562))
"""Dosimetrist (NCIt C93176)."""

EnhancingLesion: Final[Code] = Code("NCIt", "C113842", "Enhancing Lesion", (7169,))
"""Enhancing Lesion (NCIt C113842)."""

Enrollment: Final[Code] = Code("NCIt", "C37948", "Enrollment", (280,))
"""Enrollment (NCIt C37948)."""

Erect: Final[Code] = Code("NCIt", "C86043", "erect", (19,))
"""erect (NCIt C86043)."""

ExtraluminalRoute: Final[Code] = Code("NCIt", "C38213", "Extraluminal route", (11,))
"""Extraluminal route (NCIt C38213)."""

Fibrate: Final[Code] = Code("NCIt", "C98150", "Fibrate", (3761,))
"""Fibrate (NCIt C98150)."""

FocusedUltrasoundAblation: Final[Code] = Code(
    "NCIt", "C68681", "Focused ultrasound ablation", (6320,)
)
"""Focused ultrasound ablation (NCIt C68681)."""

Image: Final[Code] = Code("NCIt", "C48179", "Image", (272,))
"""Image (NCIt C48179)."""

ImagingRegionOfInterest: Final[Code] = Code("NCIt", "C85402", "Imaging Region of Interest", (272,))
"""Imaging Region of Interest (NCIt C85402)."""

IndexLesion: Final[Code] = Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961)."""

IntraepithelialRoute: Final[Code] = Code("NCIt", "C38244", "Intraepithelial route", (11,))
"""Intraepithelial route (NCIt C38244)."""

Ion: Final[Code] = Code("NCIt", "C597", "Ion", (9526,))
"""Ion (NCIt C597)."""

IrreversibleElectroporation: Final[Code] = Code(
    "NCIt", "C131483", "Irreversible electroporation", (6320,)
)
"""Irreversible electroporation (NCIt C131483)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

MouseMammaryFatPad: Final[Code] = Code("NCIt", "C22550", "Mouse mammary fat pad", (644,))
"""Mouse mammary fat pad (NCIt C22550)."""

NativeHawaiianOrOtherPacificIslander: Final[Code] = Code(
    "NCIt", "C41219", "Native Hawaiian or other Pacific Islander", (6099,)
)
"""Native Hawaiian or other Pacific Islander (NCIt C41219)."""

NoEvidenceOfDisease: Final[Code] = Code("NCIt", "C40413", "No Evidence of Disease", (6098,))
"""No Evidence of Disease (NCIt C40413)."""

NonEnhancingLesion: Final[Code] = Code("NCIt", "C81175", "Non-Enhancing Lesion", (7169,))
"""Non-Enhancing Lesion (NCIt C81175)."""

PSMA11Ga68: Final[Code] = Code("NCIt", "C118961", "PSMA-11 Ga^68^", (4021,))
"""PSMA-11 Ga^68^ (NCIt C118961)."""

PiflufolastatF18: Final[Code] = Code("NCIt", "C116352", "Piflufolastat F^18^", (4021,))
"""Piflufolastat F^18^ (NCIt C116352)."""

RANO: Final[Code] = Code("NCIt", "C114879", "RANO", (6147,))
"""RANO (NCIt C114879)."""

Reader: Final[Code] = Code("NCIt", "C28747", "Reader", (7453,))
"""Reader (NCIt C28747)."""

RecurrentDisease: Final[Code] = Code("NCIt", "C38155", "Recurrent Disease", (6098,))
"""Recurrent Disease (NCIt C38155)."""

ReferenceRegion: Final[Code] = Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970)."""

Reviewer: Final[Code] = Code("NCIt", "C54634", "Reviewer", (7453,))
"""Reviewer (NCIt C54634)."""

SarcosineC11: Final[Code] = Code("NCIt", "C122684", "Sarcosine C^11^", (4021,))
"""Sarcosine C^11^ (NCIt C122684)."""

SoftTissueSarcomaExcludingRhabdomyosarcoma: Final[Code] = Code(
    "NCIt", "C148457", "Soft tissue sarcoma, excluding rhabdomyosarcoma", (639,)
)
"""Soft tissue sarcoma, excluding rhabdomyosarcoma (NCIt C148457)."""

Technetium99mTrofolastat: Final[Code] = Code("NCIt", "C116887", "Technetium^99m Trofolastat", (25,))
"""Technetium^99m Trofolastat (NCIt C116887)."""

TransluminalRoute: Final[Code] = Code("NCIt", "C38306", "Transluminal route", (11,))
"""Transluminal route (NCIt C38306)."""

UnitConversionFactor: Final[Code] = Code("NCIt", "C70774", "Unit Conversion Factor", (10069,))
"""Unit Conversion Factor (NCIt C70774)."""

_166Holmium: Final[Code] = Code("NCIt", "C1943", "^166^Holmium", (18,))
"""^166^Holmium (NCIt C1943)."""

_4kscore: Final[Code] = Code("NCIt", "C142184", "4Kscore", (6352,))
"""4Kscore (NCIt C142184)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
    _166Holmium,
    _4kscore,
)
"""Every code of the scheme in PS3.16, sorted by name."""
