"""CID 8113 Specimen Preparation Step.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1051.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SpecimenMicrowaveHeating: _Final[_groups.Cid8113Code]
SpecimenSteamHeating: _Final[_groups.Cid8113Code]
ProteaseDigestionOfTissueSpecimen: _Final[_groups.Cid8113Code]
SpecimenDehydration: _Final[_groups.Cid8113Code]
SpecimenFreezing: _Final[_groups.Cid8113Code]
SpecimenClearing: _Final[_groups.Cid8113Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8113Code]]
