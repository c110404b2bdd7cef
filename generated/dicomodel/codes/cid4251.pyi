"""CID 4251 Visual Field Static Perimetry Test Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.910.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VisualFieldSITAStandardTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldSITASWAPTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldSITAFastTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldFullThresholdTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldFastpacTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldFullFromPriorTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldOptimaTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldTwoZoneTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldThreeZoneTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldQuantifyDefectsTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldTOPTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldDynamicTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldNormalTestStrategy: _Final[_groups.Cid4251Code]
VisualField1LTTestStrategy: _Final[_groups.Cid4251Code]
VisualField2LTTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldLVSTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldGATETestStrategy: _Final[_groups.Cid4251Code]
VisualFieldGateiTestStrategy: _Final[_groups.Cid4251Code]
VisualField2LTDynamicTestStrategy: _Final[_groups.Cid4251Code]
VisualField2LTNormalTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldFastThresholdTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldCLIPTestStrategy: _Final[_groups.Cid4251Code]
VisualFieldCLASSStrategy: _Final[_groups.Cid4251Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4251Code]]
