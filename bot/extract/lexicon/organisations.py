"""Organisations: the last words of organisation names, and the words skipped when initials spell an
acronym; read by `bot.extract.people`.

Source: written for this project (MIT).
"""

from __future__ import annotations

# Last words of organisation names: "State Department", "General Motors", "Apple Inc.".
ORG_SUFFIXES = frozenset(
    """Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. LLC LLP PLC Plc plc SpA S.p.A. AG GmbH SA S.A.
    NV N.V. BV Group Holdings Holding Partners Ventures Capital Bank Bancorp Airlines Airways Air Motors
    Motor Automotive Technologies Systems Industries Enterprises Communications Networks Labs Laboratories
    Pharmaceuticals Pharma Energy Petroleum Oil Gas Electric Electronics Telecom Media News Journal Herald
    Tribune Gazette Chronicle Television TV Radio Studios Records Pictures Entertainment Games Software
    Foods Brands Stores Mart Retail Insurance Securities Investments Department Ministry Office Bureau
    Agency Administration Authority Commission Committee Council Board Service Services Court Tribunal
    Parliament Congress Senate Assembly Cabinet Government Party Union Federation Confederation
    Association Alliance League Coalition Front Movement Society Organisation Organization Institute
    Institution Foundation Trust Trusts Fund Reserve Exchange Academy University College School Hospital Clinic
    Church Mosque Temple Army Navy Force Forces Corps Guard Police Command Club FC Team Unit Division
    Directorate Secretariat Mission Embassy Consulate Network Channel Platform Project Program Programme
    Initiative Summit Forum Conference Fed Bloc Quad Cartel Brigade Battalion Regiment Squadron Center
    Centre Aircraft Airplanes Aerospace Aeronautics Computer Computers Semiconductor Semiconductors
    Chemicals Steel Mining Press Post Times Nations Resources Fuels Investment Show Daily Debates PAC PACs
    Brothers Bros Bros. Research Insider Observer Sentinel Survey Productions Cable Music Organisations
    Organizations Workers Trading Consulting Footwear""".split()
)

# Organisation/place words that are also common surnames: after a given name they are a surname ("Jim Press").
SURNAME_LIKE_ORG_WORDS = frozenset(
    """Press Post Times Bank Banks Trust Union Fund Church Temple Court Board Guard Service Mission Front
    Alliance League Exchange Reserve Hall House Street Lane Hill Hills Park Bridge Beach Wood Field Fields
    Stone Port Bay Day Rivers Forest Coast Tower Palace Brigade Marshal Air Line Strait Mount""".split()
)

# Words whose initial an acronym leaves out: "Organisation of the Petroleum Exporting Countries (OPEC)".
ACRONYM_SKIP_WORDS = frozenset("of and the for & on in de".split())
