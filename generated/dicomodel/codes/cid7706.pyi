"""CID 7706 Cranial Nerve.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1018.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OlfactoryTract: _Final[_groups.Cid7706Code]
OpticNerve: _Final[_groups.Cid7706Code]
OculomotorNerve: _Final[_groups.Cid7706Code]
TrochlearNerve: _Final[_groups.Cid7706Code]
TrigeminalNerve: _Final[_groups.Cid7706Code]
AbducensNerve: _Final[_groups.Cid7706Code]
FacialNerve: _Final[_groups.Cid7706Code]
VestibulocochlearNerve: _Final[_groups.Cid7706Code]
GlossopharyngealNerve: _Final[_groups.Cid7706Code]
VagusNerve: _Final[_groups.Cid7706Code]
AccessoryNerve: _Final[_groups.Cid7706Code]
HypoglossalNerve: _Final[_groups.Cid7706Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7706Code]]
