"""CID 12216 Echocardiography Hepatic Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.608.
Includes CID 12220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HepaticVeinSystolicPeakVelocity: _Final[_groups.Cid12216Code]
HepaticVeinDiastolicPeakVelocity: _Final[_groups.Cid12216Code]
HepaticVeinSystolicToDiastolicRatio: _Final[_groups.Cid12216Code]
HepaticVeinAtrialContractionReversalPeakVelocity: _Final[_groups.Cid12216Code]
HeartRate: _Final[_groups.Cid12216Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12216Code]]
