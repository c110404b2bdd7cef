"""CID 4200 Ophthalmic Imaging Agent.

Extensible, version 20040921, UID 1.2.840.10008.6.1.316.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Fluorescein: _Final[_groups.Cid4200Code]
IndocyanineGreen: _Final[_groups.Cid4200Code]
RoseBengal: _Final[_groups.Cid4200Code]
TrypanBlue: _Final[_groups.Cid4200Code]
MethyleneBlue: _Final[_groups.Cid4200Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4200Code]]
