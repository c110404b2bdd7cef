"""CID 9534 Radiotherapy Target.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1244.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CTVNodal: _Final[_groups.Cid9534Code]
CTVPrimary: _Final[_groups.Cid9534Code]
CTV: _Final[_groups.Cid9534Code]
GTVNodal: _Final[_groups.Cid9534Code]
GTVPrimary: _Final[_groups.Cid9534Code]
GTV: _Final[_groups.Cid9534Code]
PTVNodal: _Final[_groups.Cid9534Code]
PTVPrimary: _Final[_groups.Cid9534Code]
PTV: _Final[_groups.Cid9534Code]
ITV: _Final[_groups.Cid9534Code]
TreatedVolume: _Final[_groups.Cid9534Code]
IrradiatedVolume: _Final[_groups.Cid9534Code]
EntireBodyTargetVolume: _Final[_groups.Cid9534Code]
RadiationDoseNormalizationPoint: _Final[_groups.Cid9534Code]
RadiationDoseReferencePoint: _Final[_groups.Cid9534Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9534Code]]
