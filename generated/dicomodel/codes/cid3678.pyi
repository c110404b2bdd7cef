"""CID 3678 QT Correction Algorithm.

Extensible, version 20081029, UID 1.2.840.10008.6.1.192.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BazettQTCorrectionAlgorithm: _Final[_groups.Cid3678Code]
HodgesQTCorrectionAlgorithm: _Final[_groups.Cid3678Code]
FridericiaQtcAlgorithm: _Final[_groups.Cid3678Code]
FraminghamQtcAlgorithm: _Final[_groups.Cid3678Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3678Code]]
