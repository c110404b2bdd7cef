"""CID 6060 Breast Biopsy Technique.

Extensible, version 20160314, UID 1.2.840.10008.6.1.389.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6060
NAME: _Final[str] = "Breast Biopsy Technique"
KEYWORD: _Final[str | None] = "BreastBiopsyTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.389"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Lumpectomy: _Final[_Code] = _Code("SCT", "392021009", "Lumpectomy", (6060,))
"""Lumpectomy (SCT 392021009)."""

Mastectomy: _Final[_Code] = _Code("UMLS", "C0024881", "Mastectomy", (6060,))
"""Mastectomy (UMLS C0024881)."""

QuadrantectomyOfBreast: _Final[_Code] = _Code(
    "SCT", "172049005", "Quadrantectomy of breast", (6060,)
)
"""Quadrantectomy of breast (SCT 172049005)."""

DiagnosticRadiographyStereotacticLocalization: _Final[_Code] = _Code(
    "SCT", "64318009", "Diagnostic radiography, stereotactic localization", (6060,)
)
"""Diagnostic radiography, stereotactic localization (SCT 64318009)."""

UltrasonicGuidanceProcedure: _Final[_Code] = _Code(
    "SCT", "61593002", "Ultrasonic guidance procedure", (6060,)
)
"""Ultrasonic guidance procedure (SCT 61593002)."""

Mammography: _Final[_Code] = _Code("SCT", "71651007", "Mammography", (6060, 10005))
"""Mammography (SCT 71651007)."""

Mammographic_111487: _Final[_Code] = _Code("DCM", "111487", "Mammographic (crosshair)", (6060,))
"""Mammographic (crosshair) (DCM 111487)."""

Mammographic_111488: _Final[_Code] = _Code("DCM", "111488", "Mammographic (grid)", (6060,))
"""Mammographic (grid) (DCM 111488)."""

MagneticResonanceImagingGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277592004", "Magnetic resonance imaging guided biopsy", (6060,)
)
"""Magnetic resonance imaging guided biopsy (SCT 277592004)."""

ComputedTomographyGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277591006", "Computed tomography guided biopsy", (6060,)
)
"""Computed tomography guided biopsy (SCT 277591006)."""

PalpationGuided: _Final[_Code] = _Code("DCM", "111489", "Palpation guided", (6060,))
"""Palpation guided (DCM 111489)."""

VacuumAssisted: _Final[_Code] = _Code("DCM", "111490", "Vacuum assisted", (6060,))
"""Vacuum assisted (DCM 111490)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
