"""CID 12289 Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.869.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticValve: _Final[_groups.Cid12289Code]
RootOfAorta: _Final[_groups.Cid12289Code]
PulmonicValve: _Final[_groups.Cid12289Code]
TruncalValveStructure: _Final[_groups.Cid12289Code]
NeoaorticValve: _Final[_groups.Cid12289Code]
NeoaorticRoot: _Final[_groups.Cid12289Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12289Code]]
