"""CID 3497 IVUS Arterial Morphology.

Extensible, version 20050110, UID 1.2.840.10008.6.1.131.
Includes CID 3495.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LumenOfArtery: _Final[_groups.Cid3497Code]
ExternalElasticMembrane: _Final[_groups.Cid3497Code]
FibrousPlaque: _Final[_groups.Cid3497Code]
VascularCalcification: _Final[_groups.Cid3497Code]
Thrombus: _Final[_groups.Cid3497Code]
FibroLipidicPlaque: _Final[_groups.Cid3497Code]
NecroticLipidicPlaque: _Final[_groups.Cid3497Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3497Code]]
