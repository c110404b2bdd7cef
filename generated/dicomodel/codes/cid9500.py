"""CID 9500 Dosimetric Objective Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1210.
Includes CID 9532, CID 9529, CID 9530, CID 9531.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9500
NAME: _Final[str] = "Dosimetric Objective Type"
KEYWORD: _Final[str | None] = "DosimetricObjectiveType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1210"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = (9532, 9529, 9530, 9531)
EXTERNAL_SCHEME: _Final[str | None] = None

SpecifiedConformityIndex: _Final[_Code] = _Code(
    "DCM", "130074", "Specified Conformity Index", (9500,)
)
"""Specified Conformity Index (DCM 130074)."""

SpecifiedHealthyTissueConformityIndex: _Final[_Code] = _Code(
    "DCM", "130075", "Specified Healthy Tissue Conformity Index", (9500,)
)
"""Specified Healthy Tissue Conformity Index (DCM 130075)."""

SpecifiedConformationNumber: _Final[_Code] = _Code(
    "DCM", "130076", "Specified Conformation Number", (9500,)
)
"""Specified Conformation Number (DCM 130076)."""

SpecifiedHomogeneityIndex: _Final[_Code] = _Code(
    "DCM", "130077", "Specified Homogeneity Index", (9500,)
)
"""Specified Homogeneity Index (DCM 130077)."""

MinimizeMeterset: _Final[_Code] = _Code("DCM", "130018", "Minimize Meterset", (9532,))
"""Minimize Meterset (DCM 130018). Included from CID 9532."""

MinimumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130001", "Minimum Surface Radiation Dose", (9529,)
)
"""Minimum Surface Radiation Dose (DCM 130001). Included from CID 9529."""

MaximumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130002", "Maximum Surface Radiation Dose", (9529,)
)
"""Maximum Surface Radiation Dose (DCM 130002). Included from CID 9529."""

MinimumRadiationDose: _Final[_Code] = _Code("DCM", "130003", "Minimum Radiation Dose", (9529,))
"""Minimum Radiation Dose (DCM 130003). Included from CID 9529."""

MaximumRadiationDose: _Final[_Code] = _Code("DCM", "130004", "Maximum Radiation Dose", (9529,))
"""Maximum Radiation Dose (DCM 130004). Included from CID 9529."""

MinimumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130005", "Minimum Mean Radiation Dose", (9529,)
)
"""Minimum Mean Radiation Dose (DCM 130005). Included from CID 9529."""

MaximumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130006", "Maximum Mean Radiation Dose", (9529,)
)
"""Maximum Mean Radiation Dose (DCM 130006). Included from CID 9529."""

MinimumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130007", "Minimum Equivalent Uniform Dose", (9529,)
)
"""Minimum Equivalent Uniform Dose (DCM 130007). Included from CID 9529."""

MaximumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130008", "Maximum Equivalent Uniform Dose", (9529,)
)
"""Maximum Equivalent Uniform Dose (DCM 130008). Included from CID 9529."""

PrescriptionRadiationDose: _Final[_Code] = _Code(
    "DCM", "130009", "Prescription Radiation Dose", (9529,)
)
"""Prescription Radiation Dose (DCM 130009). Included from CID 9529."""

MinimumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130014", "Minimum Percent Volume at Radiation Dose", (9530,)
)
"""Minimum Percent Volume at Radiation Dose (DCM 130014). Included from CID 9530."""

MaximumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130015", "Maximum Percent Volume at Radiation Dose", (9530,)
)
"""Maximum Percent Volume at Radiation Dose (DCM 130015). Included from CID 9530."""

MinimumAbsoluteVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130016", "Minimum Absolute Volume at Radiation Dose", (9531,)
)
"""Minimum Absolute Volume at Radiation Dose (DCM 130016). Included from CID 9531."""

MaximumAbsoluteVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130017", "Maximum Absolute Volume at Radiation Dose", (9531,)
)
"""Maximum Absolute Volume at Radiation Dose (DCM 130017). Included from CID 9531."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SpecifiedConformityIndex,
    SpecifiedHealthyTissueConformityIndex,
    SpecifiedConformationNumber,
    SpecifiedHomogeneityIndex,
    MinimizeMeterset,
    MinimumSurfaceRadiationDose,
    MaximumSurfaceRadiationDose,
    MinimumRadiationDose,
    MaximumRadiationDose,
    MinimumMeanRadiationDose,
    MaximumMeanRadiationDose,
    MinimumEquivalentUniformDose,
    MaximumEquivalentUniformDose,
    PrescriptionRadiationDose,
    MinimumPercentVolumeAtRadiationDose,
    MaximumPercentVolumeAtRadiationDose,
    MinimumAbsoluteVolumeAtRadiationDose,
    MaximumAbsoluteVolumeAtRadiationDose,
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
