"""CID 12288 Cardiac Ultrasound Outflow Tract Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.868.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricle: _Final[_groups.Cid12288Code]
RightVentricle: _Final[_groups.Cid12288Code]
RastelliInterventricularTunnel: _Final[_groups.Cid12288Code]
RightVentricleToPulmonaryArteryConduitAnastomosis: _Final[_groups.Cid12288Code]
LeftVentricleToPulmonaryArteryConduitAnastomosis: _Final[_groups.Cid12288Code]
AorticValve: _Final[_groups.Cid12288Code]
PulmonicValve: _Final[_groups.Cid12288Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12288Code]]
