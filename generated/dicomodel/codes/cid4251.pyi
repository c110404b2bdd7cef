"""CID 4251 Visual Field Static Perimetry Test Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.910.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
VisualFieldSITAStandardTestStrategy: _Final[_Code]
VisualFieldSITASWAPTestStrategy: _Final[_Code]
VisualFieldSITAFastTestStrategy: _Final[_Code]
VisualFieldFullThresholdTestStrategy: _Final[_Code]
VisualFieldFastpacTestStrategy: _Final[_Code]
VisualFieldFullFromPriorTestStrategy: _Final[_Code]
VisualFieldOptimaTestStrategy: _Final[_Code]
VisualFieldTwoZoneTestStrategy: _Final[_Code]
VisualFieldThreeZoneTestStrategy: _Final[_Code]
VisualFieldQuantifyDefectsTestStrategy: _Final[_Code]
VisualFieldTOPTestStrategy: _Final[_Code]
VisualFieldDynamicTestStrategy: _Final[_Code]
VisualFieldNormalTestStrategy: _Final[_Code]
VisualField1LTTestStrategy: _Final[_Code]
VisualField2LTTestStrategy: _Final[_Code]
VisualFieldLVSTestStrategy: _Final[_Code]
VisualFieldGATETestStrategy: _Final[_Code]
VisualFieldGateiTestStrategy: _Final[_Code]
VisualField2LTDynamicTestStrategy: _Final[_Code]
VisualField2LTNormalTestStrategy: _Final[_Code]
VisualFieldFastThresholdTestStrategy: _Final[_Code]
VisualFieldCLIPTestStrategy: _Final[_Code]
VisualFieldCLASSStrategy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
