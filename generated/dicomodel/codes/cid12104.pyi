"""CID 12104 Extracranial Artery.

Extensible, version 20030327, UID 1.2.840.10008.6.1.571.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarotidBifurcation: _Final[_groups.Cid12104Code]
CarotidBulb: _Final[_groups.Cid12104Code]
CommonCarotidArtery: _Final[_groups.Cid12104Code]
ExternalCarotidArtery: _Final[_groups.Cid12104Code]
InternalCarotidArtery: _Final[_groups.Cid12104Code]
SubclavianArtery: _Final[_groups.Cid12104Code]
VertebralArtery: _Final[_groups.Cid12104Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12104Code]]
