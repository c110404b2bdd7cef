"""CID 12014 OB Fetal Body Weight Equation/Table.

Extensible, version 20030130, UID 1.2.840.10008.6.1.562.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EFWByACCampbell1975: _Final[_groups.Cid12014Code]
EFWByACBPDHadlock1984: _Final[_groups.Cid12014Code]
EFWByACBPDFLHadlock1984: _Final[_groups.Cid12014Code]
EFWByACBPDFLHadlock1985: _Final[_groups.Cid12014Code]
EFWByACBPDFLHCHadlock1985: _Final[_groups.Cid12014Code]
EFWByACFLHadlock1984: _Final[_groups.Cid12014Code]
EFWByACFLHadlock1985: _Final[_groups.Cid12014Code]
EFWByACFLHCHadlock1985: _Final[_groups.Cid12014Code]
EFWByACHCHadlock1984: _Final[_groups.Cid12014Code]
EFWByBPDTTDHansmann1986: _Final[_groups.Cid12014Code]
EFWByACAndBPDShepard1982: _Final[_groups.Cid12014Code]
EFWByBPDFTAFLOsaka1990: _Final[_groups.Cid12014Code]
EFW1ByShinozuka1996: _Final[_groups.Cid12014Code]
EFW2ByShinozuka1996: _Final[_groups.Cid12014Code]
EFW3ByShinozuka1996: _Final[_groups.Cid12014Code]
EFWByBPDAPADTADFLTokyo1987: _Final[_groups.Cid12014Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12014Code]]
