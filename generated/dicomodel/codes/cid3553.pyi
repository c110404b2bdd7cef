"""CID 3553 Circulatory Support.

Extensible, version 20030327, UID 1.2.840.10008.6.1.149.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IntraAorticBalloonPump: _Final[_groups.Cid3553Code]
ExternalCounterPulsation: _Final[_groups.Cid3553Code]
LeftVentricularAssistDevice: _Final[_groups.Cid3553Code]
ExtraCorporealCirculation: _Final[_groups.Cid3553Code]
CardiopulmonaryBypass: _Final[_groups.Cid3553Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3553Code]]
