"""CID 4236 IOL Calculation Formula.

Extensible, version 20190124, UID 1.2.840.10008.6.1.882.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Haigis: _Final[_groups.Cid4236Code]
HaigisL: _Final[_groups.Cid4236Code]
Holladay1: _Final[_groups.Cid4236Code]
Holladay2: _Final[_groups.Cid4236Code]
HofferQ: _Final[_groups.Cid4236Code]
Olsen: _Final[_groups.Cid4236Code]
SRKII: _Final[_groups.Cid4236Code]
SRKT: _Final[_groups.Cid4236Code]
HaigisToric: _Final[_groups.Cid4236Code]
HaigisLToric: _Final[_groups.Cid4236Code]
BarrettToric: _Final[_groups.Cid4236Code]
BarrettTrueK: _Final[_groups.Cid4236Code]
BarrettTrueKToric: _Final[_groups.Cid4236Code]
BarrettUniversalII: _Final[_groups.Cid4236Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4236Code]]
