"""CID 4251 Visual Field Static Perimetry Test Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.910.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4251
NAME: Final[str] = "Visual Field Static Perimetry Test Strategy"
KEYWORD: Final[str | None] = "VisualFieldStaticPerimetryTestStrategy"
UID: Final[str | None] = "1.2.840.10008.6.1.910"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VisualFieldSITAStandardTestStrategy: Final[Code] = Code(
    "DCM", "111815", "Visual Field SITA-Standard Test Strategy", (4251,)
)
"""Visual Field SITA-Standard Test Strategy (DCM 111815)."""

VisualFieldSITASWAPTestStrategy: Final[Code] = Code(
    "DCM", "111816", "Visual Field SITA-SWAP Test Strategy", (4251,)
)
"""Visual Field SITA-SWAP Test Strategy (DCM 111816)."""

VisualFieldSITAFastTestStrategy: Final[Code] = Code(
    "DCM", "111817", "Visual Field SITA-Fast Test Strategy", (4251,)
)
"""Visual Field SITA-Fast Test Strategy (DCM 111817)."""

VisualFieldFullThresholdTestStrategy: Final[Code] = Code(
    "DCM", "111818", "Visual Field Full Threshold Test Strategy", (4251,)
)
"""Visual Field Full Threshold Test Strategy (DCM 111818)."""

VisualFieldFastpacTestStrategy: Final[Code] = Code(
    "DCM", "111819", "Visual Field FastPac Test Strategy", (4251,)
)
"""Visual Field FastPac Test Strategy (DCM 111819)."""

VisualFieldFullFromPriorTestStrategy: Final[Code] = Code(
    "DCM", "111820", "Visual Field Full From Prior Test Strategy", (4251,)
)
"""Visual Field Full From Prior Test Strategy (DCM 111820)."""

VisualFieldOptimaTestStrategy: Final[Code] = Code(
    "DCM", "111821", "Visual Field Optima Test Strategy", (4251,)
)
"""Visual Field Optima Test Strategy (DCM 111821)."""

VisualFieldTwoZoneTestStrategy: Final[Code] = Code(
    "DCM", "111822", "Visual Field Two-Zone Test Strategy", (4251,)
)
"""Visual Field Two-Zone Test Strategy (DCM 111822)."""

VisualFieldThreeZoneTestStrategy: Final[Code] = Code(
    "DCM", "111823", "Visual Field Three-Zone Test Strategy", (4251,)
)
"""Visual Field Three-Zone Test Strategy (DCM 111823)."""

VisualFieldQuantifyDefectsTestStrategy: Final[Code] = Code(
    "DCM", "111824", "Visual Field Quantify-Defects Test Strategy", (4251,)
)
"""Visual Field Quantify-Defects Test Strategy (DCM 111824)."""

VisualFieldTOPTestStrategy: Final[Code] = Code(
    "DCM", "111825", "Visual Field TOP Test Strategy", (4251,)
)
"""Visual Field TOP Test Strategy (DCM 111825)."""

VisualFieldDynamicTestStrategy: Final[Code] = Code(
    "DCM", "111826", "Visual Field Dynamic Test Strategy", (4251,)
)
"""Visual Field Dynamic Test Strategy (DCM 111826)."""

VisualFieldNormalTestStrategy: Final[Code] = Code(
    "DCM", "111827", "Visual Field Normal Test Strategy", (4251,)
)
"""Visual Field Normal Test Strategy (DCM 111827)."""

VisualField1LTTestStrategy: Final[Code] = Code(
    "DCM", "111828", "Visual Field 1-LT Test Strategy", (4251,)
)
"""Visual Field 1-LT Test Strategy (DCM 111828)."""

VisualField2LTTestStrategy: Final[Code] = Code(
    "DCM", "111829", "Visual Field 2-LT Test Strategy", (4251,)
)
"""Visual Field 2-LT Test Strategy (DCM 111829)."""

VisualFieldLVSTestStrategy: Final[Code] = Code(
    "DCM", "111830", "Visual Field LVS Test Strategy", (4251,)
)
"""Visual Field LVS Test Strategy (DCM 111830)."""

VisualFieldGATETestStrategy: Final[Code] = Code(
    "DCM", "111831", "Visual Field GATE Test Strategy", (4251,)
)
"""Visual Field GATE Test Strategy (DCM 111831)."""

VisualFieldGateiTestStrategy: Final[Code] = Code(
    "DCM", "111832", "Visual Field GATEi Test Strategy", (4251,)
)
"""Visual Field GATEi Test Strategy (DCM 111832)."""

VisualField2LTDynamicTestStrategy: Final[Code] = Code(
    "DCM", "111833", "Visual Field 2LT-Dynamic Test Strategy", (4251,)
)
"""Visual Field 2LT-Dynamic Test Strategy (DCM 111833)."""

VisualField2LTNormalTestStrategy: Final[Code] = Code(
    "DCM", "111834", "Visual Field 2LT-Normal Test Strategy", (4251,)
)
"""Visual Field 2LT-Normal Test Strategy (DCM 111834)."""

VisualFieldFastThresholdTestStrategy: Final[Code] = Code(
    "DCM", "111835", "Visual Field Fast Threshold Test Strategy", (4251,)
)
"""Visual Field Fast Threshold Test Strategy (DCM 111835)."""

VisualFieldCLIPTestStrategy: Final[Code] = Code(
    "DCM", "111836", "Visual Field CLIP Test Strategy", (4251,)
)
"""Visual Field CLIP Test Strategy (DCM 111836)."""

VisualFieldCLASSStrategy: Final[Code] = Code(
    "DCM", "111837", "Visual Field CLASS Strategy", (4251,)
)
"""Visual Field CLASS Strategy (DCM 111837)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
