"""CID 4251 Visual Field Static Perimetry Test Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.910.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4251
NAME: _Final[str] = "Visual Field Static Perimetry Test Strategy"
KEYWORD: _Final[str | None] = "VisualFieldStaticPerimetryTestStrategy"
UID: _Final[str | None] = "1.2.840.10008.6.1.910"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VisualFieldSITAStandardTestStrategy: _Final[_Code] = _Code(
    "DCM", "111815", "Visual Field SITA-Standard Test Strategy", (4251,)
)
"""Visual Field SITA-Standard Test Strategy (DCM 111815)."""

VisualFieldSITASWAPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111816", "Visual Field SITA-SWAP Test Strategy", (4251,)
)
"""Visual Field SITA-SWAP Test Strategy (DCM 111816)."""

VisualFieldSITAFastTestStrategy: _Final[_Code] = _Code(
    "DCM", "111817", "Visual Field SITA-Fast Test Strategy", (4251,)
)
"""Visual Field SITA-Fast Test Strategy (DCM 111817)."""

VisualFieldFullThresholdTestStrategy: _Final[_Code] = _Code(
    "DCM", "111818", "Visual Field Full Threshold Test Strategy", (4251,)
)
"""Visual Field Full Threshold Test Strategy (DCM 111818)."""

VisualFieldFastpacTestStrategy: _Final[_Code] = _Code(
    "DCM", "111819", "Visual Field FastPac Test Strategy", (4251,)
)
"""Visual Field FastPac Test Strategy (DCM 111819)."""

VisualFieldFullFromPriorTestStrategy: _Final[_Code] = _Code(
    "DCM", "111820", "Visual Field Full From Prior Test Strategy", (4251,)
)
"""Visual Field Full From Prior Test Strategy (DCM 111820)."""

VisualFieldOptimaTestStrategy: _Final[_Code] = _Code(
    "DCM", "111821", "Visual Field Optima Test Strategy", (4251,)
)
"""Visual Field Optima Test Strategy (DCM 111821)."""

VisualFieldTwoZoneTestStrategy: _Final[_Code] = _Code(
    "DCM", "111822", "Visual Field Two-Zone Test Strategy", (4251,)
)
"""Visual Field Two-Zone Test Strategy (DCM 111822)."""

VisualFieldThreeZoneTestStrategy: _Final[_Code] = _Code(
    "DCM", "111823", "Visual Field Three-Zone Test Strategy", (4251,)
)
"""Visual Field Three-Zone Test Strategy (DCM 111823)."""

VisualFieldQuantifyDefectsTestStrategy: _Final[_Code] = _Code(
    "DCM", "111824", "Visual Field Quantify-Defects Test Strategy", (4251,)
)
"""Visual Field Quantify-Defects Test Strategy (DCM 111824)."""

VisualFieldTOPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111825", "Visual Field TOP Test Strategy", (4251,)
)
"""Visual Field TOP Test Strategy (DCM 111825)."""

VisualFieldDynamicTestStrategy: _Final[_Code] = _Code(
    "DCM", "111826", "Visual Field Dynamic Test Strategy", (4251,)
)
"""Visual Field Dynamic Test Strategy (DCM 111826)."""

VisualFieldNormalTestStrategy: _Final[_Code] = _Code(
    "DCM", "111827", "Visual Field Normal Test Strategy", (4251,)
)
"""Visual Field Normal Test Strategy (DCM 111827)."""

VisualField1LTTestStrategy: _Final[_Code] = _Code(
    "DCM", "111828", "Visual Field 1-LT Test Strategy", (4251,)
)
"""Visual Field 1-LT Test Strategy (DCM 111828)."""

VisualField2LTTestStrategy: _Final[_Code] = _Code(
    "DCM", "111829", "Visual Field 2-LT Test Strategy", (4251,)
)
"""Visual Field 2-LT Test Strategy (DCM 111829)."""

VisualFieldLVSTestStrategy: _Final[_Code] = _Code(
    "DCM", "111830", "Visual Field LVS Test Strategy", (4251,)
)
"""Visual Field LVS Test Strategy (DCM 111830)."""

VisualFieldGATETestStrategy: _Final[_Code] = _Code(
    "DCM", "111831", "Visual Field GATE Test Strategy", (4251,)
)
"""Visual Field GATE Test Strategy (DCM 111831)."""

VisualFieldGateiTestStrategy: _Final[_Code] = _Code(
    "DCM", "111832", "Visual Field GATEi Test Strategy", (4251,)
)
"""Visual Field GATEi Test Strategy (DCM 111832)."""

VisualField2LTDynamicTestStrategy: _Final[_Code] = _Code(
    "DCM", "111833", "Visual Field 2LT-Dynamic Test Strategy", (4251,)
)
"""Visual Field 2LT-Dynamic Test Strategy (DCM 111833)."""

VisualField2LTNormalTestStrategy: _Final[_Code] = _Code(
    "DCM", "111834", "Visual Field 2LT-Normal Test Strategy", (4251,)
)
"""Visual Field 2LT-Normal Test Strategy (DCM 111834)."""

VisualFieldFastThresholdTestStrategy: _Final[_Code] = _Code(
    "DCM", "111835", "Visual Field Fast Threshold Test Strategy", (4251,)
)
"""Visual Field Fast Threshold Test Strategy (DCM 111835)."""

VisualFieldCLIPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111836", "Visual Field CLIP Test Strategy", (4251,)
)
"""Visual Field CLIP Test Strategy (DCM 111836)."""

VisualFieldCLASSStrategy: _Final[_Code] = _Code(
    "DCM", "111837", "Visual Field CLASS Strategy", (4251,)
)
"""Visual Field CLASS Strategy (DCM 111837)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VisualFieldSITAStandardTestStrategy,
    VisualFieldSITASWAPTestStrategy,
    VisualFieldSITAFastTestStrategy,
    VisualFieldFullThresholdTestStrategy,
    VisualFieldFastpacTestStrategy,
    VisualFieldFullFromPriorTestStrategy,
    VisualFieldOptimaTestStrategy,
    VisualFieldTwoZoneTestStrategy,
    VisualFieldThreeZoneTestStrategy,
    VisualFieldQuantifyDefectsTestStrategy,
    VisualFieldTOPTestStrategy,
    VisualFieldDynamicTestStrategy,
    VisualFieldNormalTestStrategy,
    VisualField1LTTestStrategy,
    VisualField2LTTestStrategy,
    VisualFieldLVSTestStrategy,
    VisualFieldGATETestStrategy,
    VisualFieldGateiTestStrategy,
    VisualField2LTDynamicTestStrategy,
    VisualField2LTNormalTestStrategy,
    VisualFieldFastThresholdTestStrategy,
    VisualFieldCLIPTestStrategy,
    VisualFieldCLASSStrategy,
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
