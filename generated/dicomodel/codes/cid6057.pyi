"""CID 6057 Ductography Finding for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.386.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalBreastTissue: _Final[_groups.Cid6057Code]
IntraluminalFillingDefect: _Final[_groups.Cid6057Code]
MammaryDuctEctasia: _Final[_groups.Cid6057Code]
MultipleFillingDefect: _Final[_groups.Cid6057Code]
AbruptDuctTermination: _Final[_groups.Cid6057Code]
Extravasation: _Final[_groups.Cid6057Code]
DuctNarrowing: _Final[_groups.Cid6057Code]
CystFill: _Final[_groups.Cid6057Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6057Code]]
