"""CID 10045 Radiopharmaceutical Patient State.

Extensible, version 20140419, UID 1.2.840.10008.6.1.977.
Includes CID 3102.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbnormalRenalFunction: _Final[_groups.Cid10045Code]
AcuteUnilateralRenalBlockage: _Final[_groups.Cid10045Code]
LowThyroidUptake: _Final[_groups.Cid10045Code]
HighThyroidUptake: _Final[_groups.Cid10045Code]
SeverelyJaundiced: _Final[_groups.Cid10045Code]
RestingState: _Final[_groups.Cid10045Code]
CardiacStressState: _Final[_groups.Cid10045Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10045Code]]
