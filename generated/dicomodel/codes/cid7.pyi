"""CID 7 Ultrasound Beam Path.

Extensible, version 20191108, UID 1.2.840.10008.6.1.5.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TransHepatic: _Final[_groups.Cid7Code]
TransGastric: _Final[_groups.Cid7Code]
TransPleural: _Final[_groups.Cid7Code]
TransMural: _Final[_groups.Cid7Code]
TransOrbital: _Final[_groups.Cid7Code]
TransPancreatic: _Final[_groups.Cid7Code]
TransRectal: _Final[_groups.Cid7Code]
TransRenal: _Final[_groups.Cid7Code]
TransTemporal: _Final[_groups.Cid7Code]
TransThecal: _Final[_groups.Cid7Code]
TransUrethral: _Final[_groups.Cid7Code]
TransVesical: _Final[_groups.Cid7Code]
TransSplenic: _Final[_groups.Cid7Code]
TransEsophageal: _Final[_groups.Cid7Code]
TransAbdominal: _Final[_groups.Cid7Code]
TransVaginal: _Final[_groups.Cid7Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7Code]]
