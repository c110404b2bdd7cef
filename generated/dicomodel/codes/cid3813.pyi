"""CID 3813 Stent Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.272.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Hypoplasia: _Final[_groups.Cid3813Code]
Stenosis: _Final[_groups.Cid3813Code]
Endoleak: _Final[_groups.Cid3813Code]
MigrationOfImplantOrInternalDevice: _Final[_groups.Cid3813Code]
StentDisintegration: _Final[_groups.Cid3813Code]
StentFracture: _Final[_groups.Cid3813Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3813Code]]
