"""CID 4103 Arterial Input Function Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.988.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4103
NAME: _Final[str] = "Arterial Input Function Measurement Method"
KEYWORD: _Final[str | None] = "ArterialInputFunctionMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.988"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AIFIgnored: _Final[_Code] = _Code("DCM", "126360", "AIF Ignored", (4103,))
"""AIF Ignored (DCM 126360)."""

PopulationAveragedAIF: _Final[_Code] = _Code("DCM", "126361", "Population Averaged AIF", (4103,))
"""Population Averaged AIF (DCM 126361)."""

UserDefinedAIFROI: _Final[_Code] = _Code("DCM", "126362", "User-defined AIF ROI", (4103,))
"""User-defined AIF ROI (DCM 126362)."""

AutomaticallyDetectedAIFROI: _Final[_Code] = _Code(
    "DCM", "126363", "Automatically Detected AIF ROI", (4103,)
)
"""Automatically Detected AIF ROI (DCM 126363)."""

BlindEstimationOfAIF: _Final[_Code] = _Code("DCM", "126364", "Blind Estimation of AIF", (4103,))
"""Blind Estimation of AIF (DCM 126364)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AIFIgnored,
    PopulationAveragedAIF,
    UserDefinedAIFROI,
    AutomaticallyDetectedAIFROI,
    BlindEstimationOfAIF,
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
