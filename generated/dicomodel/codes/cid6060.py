"""CID 6060 Breast Biopsy Technique.

Extensible, version 20160314, UID 1.2.840.10008.6.1.389.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6060
NAME: Final[str] = "Breast Biopsy Technique"
KEYWORD: Final[str | None] = "BreastBiopsyTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.389"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Lumpectomy: Final[Code] = Code("SCT", "392021009", "Lumpectomy", (6060,))
"""Lumpectomy (SCT 392021009)."""

Mastectomy: Final[Code] = Code("UMLS", "C0024881", "Mastectomy", (6060,))
"""Mastectomy (UMLS C0024881)."""

QuadrantectomyOfBreast: Final[Code] = Code("SCT", "172049005", "Quadrantectomy of breast", (6060,))
"""Quadrantectomy of breast (SCT 172049005)."""

DiagnosticRadiographyStereotacticLocalization: Final[Code] = Code(
    "SCT", "64318009", "Diagnostic radiography, stereotactic localization", (6060,)
)
"""Diagnostic radiography, stereotactic localization (SCT 64318009)."""

UltrasonicGuidanceProcedure: Final[Code] = Code(
    "SCT", "61593002", "Ultrasonic guidance procedure", (6060,)
)
"""Ultrasonic guidance procedure (SCT 61593002)."""

Mammography: Final[Code] = Code("SCT", "71651007", "Mammography", (6060, 10005))
"""Mammography (SCT 71651007)."""

Mammographic_111487: Final[Code] = Code("DCM", "111487", "Mammographic (crosshair)", (6060,))
"""Mammographic (crosshair) (DCM 111487)."""

Mammographic_111488: Final[Code] = Code("DCM", "111488", "Mammographic (grid)", (6060,))
"""Mammographic (grid) (DCM 111488)."""

MagneticResonanceImagingGuidedBiopsy: Final[Code] = Code(
    "SCT", "277592004", "Magnetic resonance imaging guided biopsy", (6060,)
)
"""Magnetic resonance imaging guided biopsy (SCT 277592004)."""

ComputedTomographyGuidedBiopsy: Final[Code] = Code(
    "SCT", "277591006", "Computed tomography guided biopsy", (6060,)
)
"""Computed tomography guided biopsy (SCT 277591006)."""

PalpationGuided: Final[Code] = Code("DCM", "111489", "Palpation guided", (6060,))
"""Palpation guided (DCM 111489)."""

VacuumAssisted: Final[Code] = Code("DCM", "111490", "Vacuum assisted", (6060,))
"""Vacuum assisted (DCM 111490)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Lumpectomy,
    Mastectomy,
    QuadrantectomyOfBreast,
    DiagnosticRadiographyStereotacticLocalization,
    UltrasonicGuidanceProcedure,
    Mammography,
    Mammographic_111487,
    Mammographic_111488,
    MagneticResonanceImagingGuidedBiopsy,
    ComputedTomographyGuidedBiopsy,
    PalpationGuided,
    VacuumAssisted,
)
"""The resolved membership: own members, then those of the included groups, in order."""
