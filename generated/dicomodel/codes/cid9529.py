"""CID 9529 Single Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1239.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9529
NAME: _Final[str] = "Single Dose Dosimetric Objective"
KEYWORD: _Final[str | None] = "SingleDoseDosimetricObjective"
UID: _Final[str | None] = "1.2.840.10008.6.1.1239"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MinimumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130001", "Minimum Surface Radiation Dose", (9529,)
)
"""Minimum Surface Radiation Dose (DCM 130001)."""

MaximumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130002", "Maximum Surface Radiation Dose", (9529,)
)
"""Maximum Surface Radiation Dose (DCM 130002)."""

MinimumRadiationDose: _Final[_Code] = _Code("DCM", "130003", "Minimum Radiation Dose", (9529,))
"""Minimum Radiation Dose (DCM 130003)."""

MaximumRadiationDose: _Final[_Code] = _Code("DCM", "130004", "Maximum Radiation Dose", (9529,))
"""Maximum Radiation Dose (DCM 130004)."""

MinimumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130005", "Minimum Mean Radiation Dose", (9529,)
)
"""Minimum Mean Radiation Dose (DCM 130005)."""

MaximumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130006", "Maximum Mean Radiation Dose", (9529,)
)
"""Maximum Mean Radiation Dose (DCM 130006)."""

MinimumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130007", "Minimum Equivalent Uniform Dose", (9529,)
)
"""Minimum Equivalent Uniform Dose (DCM 130007)."""

MaximumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130008", "Maximum Equivalent Uniform Dose", (9529,)
)
"""Maximum Equivalent Uniform Dose (DCM 130008)."""

PrescriptionRadiationDose: _Final[_Code] = _Code(
    "DCM", "130009", "Prescription Radiation Dose", (9529,)
)
"""Prescription Radiation Dose (DCM 130009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MinimumSurfaceRadiationDose,
    MaximumSurfaceRadiationDose,
    MinimumRadiationDose,
    MaximumRadiationDose,
    MinimumMeanRadiationDose,
    MaximumMeanRadiationDose,
    MinimumEquivalentUniformDose,
    MaximumEquivalentUniformDose,
    PrescriptionRadiationDose,
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
