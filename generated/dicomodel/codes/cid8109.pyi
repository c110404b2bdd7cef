"""CID 8109 Specimen Collection Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1047.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Aspiration: _Final[_groups.Cid8109Code]
Biopsy: _Final[_groups.Cid8109Code]
Excision: _Final[_groups.Cid8109Code]
HarvestingOfTissue: _Final[_groups.Cid8109Code]
RemovalOfDevice: _Final[_groups.Cid8109Code]
Venipuncture: _Final[_groups.Cid8109Code]
TakingOfSwab: _Final[_groups.Cid8109Code]
SpecimenCollection: _Final[_groups.Cid8109Code]
Scraping: _Final[_groups.Cid8109Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8109Code]]
