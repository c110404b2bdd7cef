"""CID 624 Inhalational Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1089.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarbonDioxide: _Final[_groups.Cid624Code]
Chloroform: _Final[_groups.Cid624Code]
Desflurane: _Final[_groups.Cid624Code]
DiethylEther: _Final[_groups.Cid624Code]
Enflurane: _Final[_groups.Cid624Code]
Halothane: _Final[_groups.Cid624Code]
Isoflurane: _Final[_groups.Cid624Code]
Methoxyflurane: _Final[_groups.Cid624Code]
NitrousOxide: _Final[_groups.Cid624Code]
Sevoflurane: _Final[_groups.Cid624Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid624Code]]
