"""CID 4216 Ophthalmic Visual Acuity Type.

Extensible, version 20080124, UID 1.2.840.10008.6.1.802.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4216
NAME: _Final[str] = "Ophthalmic Visual Acuity Type"
KEYWORD: _Final[str | None] = "OphthalmicVisualAcuityType"
UID: _Final[str | None] = "1.2.840.10008.6.1.802"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutorefractionVisualAcuity: _Final[_Code] = _Code(
    "DCM", "111685", "Autorefraction Visual Acuity", (4216,)
)
"""Autorefraction Visual Acuity (DCM 111685)."""

HabitualVisualAcuity: _Final[_Code] = _Code("DCM", "111686", "Habitual Visual Acuity", (4216,))
"""Habitual Visual Acuity (DCM 111686)."""

PrescriptionVisualAcuity: _Final[_Code] = _Code(
    "DCM", "111687", "Prescription Visual Acuity", (4216,)
)
"""Prescription Visual Acuity (DCM 111687)."""

PotentialAcuityMeterVisualAcuity: _Final[_Code] = _Code(
    "SCT", "424622008", "Potential Acuity Meter Visual Acuity", (4216,)
)
"""Potential Acuity Meter Visual Acuity (SCT 424622008)."""

BestCorrectedVisualAcuity: _Final[_Code] = _Code(
    "SCT", "419775003", "Best Corrected Visual Acuity", (4216,)
)
"""Best Corrected Visual Acuity (SCT 419775003)."""

UncorrectedVisualAcuity: _Final[_Code] = _Code(
    "SCT", "420050001", "Uncorrected Visual Acuity", (4216,)
)
"""Uncorrected Visual Acuity (SCT 420050001)."""

PinholeVisualAcuity: _Final[_Code] = _Code("SCT", "419475002", "Pinhole Visual Acuity", (4216,))
"""Pinhole Visual Acuity (SCT 419475002)."""

BrightnessAcuityTestingVisualAcuity: _Final[_Code] = _Code(
    "SCT", "425141002", "Brightness Acuity Testing Visual Acuity", (4216,)
)
"""Brightness Acuity Testing Visual Acuity (SCT 425141002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AutorefractionVisualAcuity,
    HabitualVisualAcuity,
    PrescriptionVisualAcuity,
    PotentialAcuityMeterVisualAcuity,
    BestCorrectedVisualAcuity,
    UncorrectedVisualAcuity,
    PinholeVisualAcuity,
    BrightnessAcuityTestingVisualAcuity,
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
