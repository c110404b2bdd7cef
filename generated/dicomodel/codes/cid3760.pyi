"""CID 3760 Hypertension Therapy.

Extensible, version 20190817, UID 1.2.840.10008.6.1.254.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BetaBlocker: _Final[_groups.Cid3760Code]
CalciumChannelBlocker: _Final[_groups.Cid3760Code]
NitrateVasodilator: _Final[_groups.Cid3760Code]
ACEInhibitor: _Final[_groups.Cid3760Code]
AngiotensinIIReceptorAntagonist: _Final[_groups.Cid3760Code]
Diuretic: _Final[_groups.Cid3760Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3760Code]]
