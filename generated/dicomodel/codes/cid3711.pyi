"""CID 3711 Valvular Abnormality.

Extensible, version 20160314, UID 1.2.840.10008.6.1.212.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Stenosis: _Final[_groups.Cid3711Code]
Regurgitation: _Final[_groups.Cid3711Code]
CalcifiedHeartValve: _Final[_groups.Cid3711Code]
ImmobileHeartValve: _Final[_groups.Cid3711Code]
HeartValveFlail: _Final[_groups.Cid3711Code]
ValvularEndocarditis: _Final[_groups.Cid3711Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3711Code]]
