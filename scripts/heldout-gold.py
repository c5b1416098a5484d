import json, sys

P = []

def add(pid, date, paras, quotes, claims):
    P.append((pid, date, "\n\n".join(paras), quotes, claims))

add("h01-planning-rebellion", "2024-06-12", [
    "The Prime Minister, Helena Markby, faced a backbench revolt on Tuesday as 41 Conservative MPs voted against the government’s planning bill, the largest rebellion of her premiership.",
    "‘This bill tears up the promises we made to rural voters,’ said Sir Gareth Pollard, who led the rebels. ‘I will not apologise for keeping my word.’",
    "Downing Street played down the defeat of two amendments. A Downing Street spokesman said the bill remained ‘on course’ to become law by the summer.",
    "Labour’s housing spokeswoman, Anita Rowe, called the vote ‘a humiliation’. She said the government had ‘lost control of its own benches’.",
    "Markby later told reporters: ‘Parliament has done its job. We will listen, and we will deliver.’",
], [
    ("This bill tears up the promises we made to rural voters,", "Gareth Pollard", "direct"),
    ("I will not apologise for keeping my word.", "Gareth Pollard", "direct"),
    ("on course", "Downing Street", "partial"),
    ("a humiliation", "Anita Rowe", "partial"),
    ("lost control of its own benches", "Anita Rowe", "partial"),
    ("Parliament has done its job. We will listen, and we will deliver.", "Helena Markby", "direct"),
], [
    ("The Prime Minister, Helena Markby, faced", "of her premiership.", "comparison"),
    ("Downing Street played down", "two amendments.", "figure"),
    ("A Downing Street spokesman said", "law by the summer.", "prediction"),
])

add("h02-shutdown-deal", "2024-12-13", [
    "WASHINGTON — Senate negotiators reached a tentative deal late Thursday to fund the government through March, averting a shutdown that was set to begin at midnight Friday.",
    "\"Nobody got everything they wanted, and that's what a compromise looks like,\" said Senate Majority Leader Raymond Okoro, a Democrat from Ohio.",
    "Sen. Patricia Vance, the top Republican on the Appropriations Committee, said the agreement included $14 billion for disaster relief. \"Families in Texas and Florida have waited long enough,\" she said.",
    "But Rep. Colin Ashby, who chairs the hard-line Liberty Caucus, said his members would vote against it. \"This is the same bloated spending with a new bow on it,\" he said. \"It spends $31 billion more than last year's bill.\"",
    "The White House said in a statement that President Morales would sign the bill \"as soon as it reaches his desk.\"",
], [
    ("Nobody got everything they wanted, and that's what a compromise looks like,", "Raymond Okoro", "direct"),
    ("Families in Texas and Florida have waited long enough,", "Patricia Vance", "direct"),
    ("This is the same bloated spending with a new bow on it,", "Colin Ashby", "direct"),
    ("It spends $31 billion more than last year's bill.", "Colin Ashby", "direct"),
    ("as soon as it reaches his desk.", "the White House", "partial"),
], [
    ("WASHINGTON — Senate negotiators", "midnight Friday.", "event"),
    ("Sen. Patricia Vance, the top", "for disaster relief.", "figure"),
    ("But Rep. Colin Ashby", "vote against it.", "prediction"),
    ("\"It spends $31 billion", "last year's bill.\"", "comparison"),
    ("The White House said in a statement", "reaches his desk.\"", "prediction"),
])

add("h03-kestrel-top", "2023-10-22", [
    "Kestrel Town climbed to the top of the League Two table with a 3-1 win at Bramley on Saturday, their fifth victory in a row.",
    "Striker Jonah Adeyemi scored twice before half-time. ‘The lads were brilliant today,’ said manager Fiona McAllister. ‘We kept the ball, we stayed patient and we took our chances.’",
    "Bramley’s boss, Dean Hargreaves, was less happy. He described his side’s defending as ‘schoolboy stuff’ and said he would be making changes.",
    "The attendance of 4,212 was the highest at the ground this season.",
    "The club confirmed on Sunday that Adeyemi had signed a new contract until 2027. ‘Jonah is the heartbeat of this team,’ the club said.",
], [
    ("The lads were brilliant today,", "Fiona McAllister", "direct"),
    ("We kept the ball, we stayed patient and we took our chances.", "Fiona McAllister", "direct"),
    ("schoolboy stuff", "Dean Hargreaves", "partial"),
    ("Jonah is the heartbeat of this team,", "Kestrel Town", "direct"),
], [
    ("Kestrel Town climbed", "victory in a row.", "comparison"),
    ("Striker Jonah Adeyemi scored twice", "before half-time.", "figure"),
    ("The attendance of 4,212", "this season.", "comparison"),
    ("The club confirmed on Sunday", "until 2027.", "attribution"),
])

add("h04-alderman-bribery", "2024-09-19", [
    "A Cook County jury on Wednesday found former alderman Victor Szabo guilty of accepting bribes from a towing company in exchange for city contracts worth $2.3 million.",
    "Prosecutors said Szabo took at least $180,000 in cash and gifts over four years. \"He sold his office to the highest bidder,\" Assistant State's Attorney Megan Doyle told jurors in closing arguments.",
    "Szabo's attorney, Richard Lomax, said his client would appeal. \"The jury got this wrong,\" he said outside the courthouse. \"Mr. Szabo never took a bribe and never will.\"",
    "The owner of the towing company, Gail Pruitt, testified against Szabo under an immunity deal. According to court records, she paid him in envelopes left at a restaurant on the city's West Side.",
    "Sentencing is scheduled for Feb. 9.",
], [
    ("He sold his office to the highest bidder,", "Megan Doyle", "direct"),
    ("The jury got this wrong,", "Richard Lomax", "direct"),
    ("Mr. Szabo never took a bribe and never will.", "Richard Lomax", "direct"),
], [
    ("A Cook County jury", "$2.3 million.", "figure"),
    ("Prosecutors said Szabo took", "over four years.", "allegation"),
    ("\"He sold his office", "closing arguments.", "allegation"),
    ("\"Mr. Szabo never took", "never will.\"", "denial"),
    ("The owner of the towing company", "immunity deal.", "event"),
    ("According to court records", "West Side.", "attribution"),
])

add("h05-halvorsen-profit", "2024-04-24", [
    "Halvorsen Foods, the Minneapolis-based maker of frozen meals, reported a 12% drop in quarterly profit on Tuesday.",
    "The company blamed higher costs for packaging and transport. \"We are not passing every increase on to shoppers, and that has a price,\" Chief Executive Marta Lindqvist said on a call with analysts.",
    "Halvorsen now expects annual sales of $4.1 billion to $4.3 billion, down from an earlier range of $4.4 billion to $4.6 billion.",
    "In a filing with the Securities and Exchange Commission, the company said it would close a plant in Mankato, Minnesota, affecting about 300 workers. \"Those employees will be offered roles at other sites,\" the firm said.",
    "Shares fell 7% in morning trading. Investors had been \"caught off guard,\" according to Dev Malhotra, an analyst at Pinecrest Capital.",
], [
    ("We are not passing every increase on to shoppers, and that has a price,", "Marta Lindqvist", "direct"),
    ("Those employees will be offered roles at other sites,", "Halvorsen Foods", "direct"),
    ("caught off guard,", "Dev Malhotra", "partial"),
], [
    ("Halvorsen Foods, the Minneapolis", "on Tuesday.", "figure"),
    ("The company blamed higher costs", "and transport.", "attribution"),
    ("Halvorsen now expects", "to $4.6 billion.", "prediction"),
    ("In a filing with the Securities", "about 300 workers.", "figure"),
    ("Shares fell 7%", "morning trading.", "figure"),
    ("Investors had been", "Pinecrest Capital.", "attribution"),
])

add("h06-outdoor-myopia", "2025-03-05", [
    "Children who spend more than two hours a day outdoors are 30 per cent less likely to develop short-sightedness, according to a study of 9,000 pupils in Scotland and Wales.",
    "The study, published in the journal Paediatric Vision, found that the effect was strongest in children aged six to nine. It said daylight \"appears to slow the lengthening of the eye\" during a critical period of growth.",
    "\"Parents often ask us what they can do, and this gives them a simple answer: send them outside,\" said Dr Isla Fraser of the University of Dundee, who led the research.",
    "Her co-author, Professor Tomasz Nowak, cautioned that the study could not prove cause and effect. \"We saw a strong association, but families who spend time outdoors may differ in other ways too,\" he said.",
    "The researchers plan a larger trial next year.",
], [
    ("appears to slow the lengthening of the eye", "the study", "partial"),
    ("Parents often ask us what they can do, and this gives them a simple answer: send them outside,", "Isla Fraser", "direct"),
    ("We saw a strong association, but families who spend time outdoors may differ in other ways too,", "Tomasz Nowak", "direct"),
], [
    ("Children who spend more", "Scotland and Wales.", "comparison"),
    ("The study, published", "aged six to nine.", "comparison"),
    ("It said daylight", "period of growth.", "attribution"),
    ("Her co-author, Professor", "cause and effect.", "attribution"),
])

add("h07-warehouse-meeting", "2023-11-14", [
    "Residents of the Maple Heights neighborhood packed a school gymnasium Monday night to oppose a plan to build a 24-hour \"mega-warehouse\" on the site of a former golf course.",
    "\"Our kids walk to school along that road,\" said Denise Carver, who has lived on Orchard Lane since childhood. \"Now they want 400 trucks a day going past.\"",
    "The developer, Northfield Logistics, says the project would create 650 jobs. In a letter to residents, the company said it was \"committed to being a good neighbor\" and would pay for new sidewalks.",
    "City planner Howard Kim said the council would vote on the rezoning on Dec. 3. He said that traffic studies had not yet been completed.",
    "Several residents booed when the plan's traffic figures were shown.",
], [
    ("mega-warehouse", "unknown", "scare"),
    ("Our kids walk to school along that road,", "Denise Carver", "direct"),
    ("Now they want 400 trucks a day going past.", "Denise Carver", "direct"),
    ("committed to being a good neighbor", "Northfield Logistics", "partial"),
], [
    ("Residents of the Maple Heights", "former golf course.", "event"),
    ("\"Now they want 400", "going past.\"", "figure"),
    ("The developer, Northfield Logistics, says", "650 jobs.", "prediction"),
    ("He said that traffic studies", "been completed.", "attribution"),
    ("Several residents booed", "were shown.", "event"),
])

add("h08-cyclist-death", "2024-01-26", [
    "A delivery driver who caused the death of a cyclist while using his phone has been jailed for six years.",
    "Leeds Crown Court heard that Callum Briggs, 29, was watching a video when his van struck Hannah Lowe on the A61 in March last year. She died at the scene.",
    "Passing sentence, Judge Rosalind Achebe told Briggs: ‘You chose to look at a screen instead of the road. Hannah Lowe paid for that choice with her life.’",
    "In a statement read to the court, Ms Lowe’s mother, Bernadette Lowe, said: ‘Not a day passes when we do not think of her.’",
    "Briggs, of Harrogate, admitted causing death by dangerous driving. His barrister, Neil Stroud, said he was ‘utterly ashamed’. He was also banned from driving for eight years.",
], [
    ("You chose to look at a screen instead of the road. Hannah Lowe paid for that choice with her life.", "Rosalind Achebe", "direct"),
    ("Not a day passes when we do not think of her.", "Bernadette Lowe", "direct"),
    ("utterly ashamed", "Neil Stroud", "partial"),
], [
    ("A delivery driver who caused", "for six years.", "figure"),
    ("Leeds Crown Court heard", "March last year.", "event"),
    ("She died at the scene.", "She died at the scene.", "event"),
    ("Briggs, of Harrogate, admitted", "dangerous driving.", "event"),
    ("He was also banned", "for eight years.", "figure"),
])

add("h09-airline-maintenance", "2025-05-10", [
    "Corvane Airlines on Friday rejected claims by a pilots' union that it had cut maintenance staff at its Denver hub to save money.",
    "\"Safety is never compromised at Corvane, and any suggestion otherwise is false,\" said a spokeswoman for the airline.",
    "The Allied Pilots Guild said in a report released Thursday that the number of mechanics at the hub had fallen from 410 to 290 since 2022. The report accused managers of \"gambling with passenger lives.\"",
    "Guild president Warren Tate said members had raised concerns for months. \"We flagged this in writing three times,\" he said. \"Nobody answered.\"",
    "The Federal Aviation Administration said it was reviewing the report. Corvane carried 38 million passengers last year, the fourth-most of any U.S. carrier.",
], [
    ("Safety is never compromised at Corvane, and any suggestion otherwise is false,", "Corvane Airlines", "direct"),
    ("gambling with passenger lives.", "the report", "partial"),
    ("We flagged this in writing three times,", "Warren Tate", "direct"),
    ("Nobody answered.", "Warren Tate", "direct"),
], [
    ("Corvane Airlines on Friday rejected", "to save money.", "denial"),
    ("\"Safety is never compromised", "for the airline.", "denial"),
    ("The Allied Pilots Guild said", "since 2022.", "figure"),
    ("The report accused managers", "passenger lives.\"", "allegation"),
    ("Guild president Warren Tate", "for months.", "attribution"),
    ("\"We flagged this", "he said.", "figure"),
    ("The Federal Aviation Administration said", "reviewing the report.", "attribution"),
    ("Corvane carried 38 million", "U.S. carrier.", "comparison"),
])

add("h10-minimum-wage", "2025-09-23", [
    "Governor Elaine Tremblay signed a bill on Monday that raises the state's minimum wage to $17 an hour by 2027, making it one of the highest in the country.",
    "\"No one who works full time in this state should live in poverty,\" Tremblay said at the signing ceremony. \"Today we took a step toward making that true.\"",
    "The state Chamber of Commerce opposed the bill. Its president, Luis Ortega, told the Sentinel that small restaurants \"will close, or they will cut hours.\" He said the chamber had surveyed 1,100 members and found that 40% planned to reduce staff.",
    "Labor groups welcomed the law. \"This is what organizing wins,\" said Keisha Brandt, who leads the Service Workers Alliance. They had campaigned for the increase since 2021, according to state records.",
    "The increase will cost the state about $300 million a year in higher wages for public employees, the Legislative Analyst's Office estimated.",
], [
    ("No one who works full time in this state should live in poverty,", "Elaine Tremblay", "direct"),
    ("Today we took a step toward making that true.", "Elaine Tremblay", "direct"),
    ("will close, or they will cut hours.", "Luis Ortega", "partial"),
    ("This is what organizing wins,", "Keisha Brandt", "direct"),
], [
    ("Governor Elaine Tremblay signed", "in the country.", "comparison"),
    ("The state Chamber of Commerce opposed", "the bill.", "event"),
    ("Its president, Luis Ortega", "cut hours.\"", "prediction"),
    ("He said the chamber had surveyed", "reduce staff.", "figure"),
    ("They had campaigned", "state records.", "attribution"),
    ("The increase will cost", "Office estimated.", "prediction"),
])

add("h11-comets-streak", "2024-02-04", [
    "Jalen Whitaker scored 41 points, a career high, as the Portland Comets beat the Austin Rangers 118-104 on Saturday night.",
    "\"I just felt like the rim was as big as the ocean,\" Whitaker said. \"When it's going like that, you keep shooting.\"",
    "The Comets have won seven straight games, their longest streak since 2019. Coach Ray Delgado credited the defense. \"We held them to 38% shooting,\" he said. \"That's the story, not the 41.\"",
    "The Rangers were without forward Marcus Bell, who has missed three games with a sprained ankle. The team said he was expected to return next week.",
], [
    ("I just felt like the rim was as big as the ocean,", "Jalen Whitaker", "direct"),
    ("When it's going like that, you keep shooting.", "Jalen Whitaker", "direct"),
    ("We held them to 38% shooting,", "Ray Delgado", "direct"),
    ("That's the story, not the 41.", "Ray Delgado", "direct"),
], [
    ("Jalen Whitaker scored 41", "Saturday night.", "comparison"),
    ("The Comets have won", "since 2019.", "comparison"),
    ("\"We held them", "he said.", "figure"),
    ("The Rangers were without", "sprained ankle.", "figure"),
    ("The team said he was expected", "next week.", "prediction"),
])

add("h12-green-manifesto", "2024-05-31", [
    "The Green Alliance launched its election manifesto on Thursday, promising to end new oil and gas licences and to build 150,000 council homes a year.",
    "“Britain can lead the world again,” the manifesto says. “The choice is between decline and renewal.”",
    "Party co-leader Imogen Strand said the plan was “fully costed”. But the Institute for Fiscal Policy, an independent think tank, said the figures did not add up. Its report found a shortfall of £28bn over five years in the party’s spending plans.",
    "Critics have dubbed the party’s tax proposals a “wealth grab”. Strand rejected that: “Nobody earning less than £100,000 will pay a penny more,” she said.",
], [
    ("Britain can lead the world again,", "the manifesto", "direct"),
    ("The choice is between decline and renewal.", "the manifesto", "direct"),
    ("fully costed", "Imogen Strand", "partial"),
    ("wealth grab", "unknown", "partial"),
    ("Nobody earning less than £100,000 will pay a penny more,", "Imogen Strand", "direct"),
], [
    ("The Green Alliance launched", "homes a year.", "event"),
    ("Party co-leader Imogen Strand said", "“fully costed”.", "attribution"),
    ("But the Institute for Fiscal Policy", "did not add up.", "attribution"),
    ("Its report found a shortfall", "spending plans.", "figure"),
    ("Strand rejected that", "she said.", "denial"),
])

add("h13-lumora-breach", "2025-07-03", [
    "Lumora, the San Francisco start-up behind the Pixie photo-editing app, said on Wednesday that hackers had stolen the email addresses of about 2.4 million users.",
    "The company said in a blog post that no passwords or payment details were taken. \"We are deeply sorry, and we are contacting every affected user directly,\" it said.",
    "Security researcher Anouk Verbeek, who first spotted the stolen data on a hacking forum, said Lumora had known about the breach for at least three weeks before disclosing it. \"They sat on it,\" she told The Ledger.",
    "Lumora did not respond to questions about the timing. The breach is the second at the company since 2023.",
], [
    ("We are deeply sorry, and we are contacting every affected user directly,", "Lumora", "direct"),
    ("They sat on it,", "Anouk Verbeek", "direct"),
], [
    ("Lumora, the San Francisco", "2.4 million users.", "figure"),
    ("The company said in a blog post", "were taken.", "attribution"),
    ("Security researcher Anouk Verbeek", "disclosing it.", "allegation"),
    ("\"They sat on it,\"", "The Ledger.", "allegation"),
    ("The breach is the second", "since 2023.", "figure"),
])

add("h14-redstone-lawsuit", "2023-04-13", [
    "Three former employees of Redstone Health have sued the hospital chain, alleging that it fired them for reporting unsafe staffing levels to state inspectors.",
    "The complaint, filed Tuesday in federal court in Denver, says nurses in the chain's emergency departments were routinely assigned \"eight or nine patients at a time,\" more than twice the recommended ratio.",
    "\"I was told to keep my mouth shut or find another job,\" said Carla Jimenez, one of the plaintiffs, who worked at Redstone for 11 years.",
    "Redstone denied the allegations. \"We do not retaliate against employees who raise concerns, and we will defend ourselves vigorously,\" the company said in a statement. It said staffing at its hospitals met or exceeded state requirements.",
], [
    ("eight or nine patients at a time,", "the complaint", "partial"),
    ("I was told to keep my mouth shut or find another job,", "Carla Jimenez", "direct"),
    ("We do not retaliate against employees who raise concerns, and we will defend ourselves vigorously,", "Redstone Health", "direct"),
], [
    ("Three former employees", "state inspectors.", "allegation"),
    ("The complaint, filed Tuesday", "recommended ratio.", "allegation"),
    ("\"I was told", "for 11 years.", "allegation"),
    ("Redstone denied the allegations.", "Redstone denied the allegations.", "denial"),
    ("\"We do not retaliate", "in a statement.", "denial"),
    ("It said staffing", "state requirements.", "attribution"),
])

add("h15-aurora-satellite", "2025-01-27", [
    "The European Orbital Agency has lost contact with its Aurora weather satellite, shortly after its launch from French Guiana.",
    "'We are working through every possibility to re-establish a link,' said mission director Pascal Renaud. 'It is too early to say the satellite is lost.'",
    "The agency said the last signal was received at 04:12 GMT on Sunday. According to engineers familiar with the mission, a solar panel may have failed to deploy.",
    "The satellite cost €480m to build and was meant to improve storm forecasts across Europe. It is the agency's first loss of a spacecraft since 2011.",
], [
    ("We are working through every possibility to re-establish a link,", "Pascal Renaud", "direct"),
    ("It is too early to say the satellite is lost.", "Pascal Renaud", "direct"),
], [
    ("The European Orbital Agency has lost", "French Guiana.", "event"),
    ("The agency said the last signal", "on Sunday.", "attribution"),
    ("According to engineers familiar", "to deploy.", "attribution"),
    ("The satellite cost €480m", "across Europe.", "figure"),
    ("It is the agency's first loss", "since 2011.", "comparison"),
])

add("h16-encampments", "2023-10-11", [
    "Mayor Lorraine Whitfield on Tuesday called the city's homeless encampments \"a humanitarian emergency\" and ordered the opening of two new shelters before winter.",
    "City Councilman Bernard Osei, a frequent critic of the mayor, said the move was \"too little, too late\" and accused the administration of ignoring warnings from outreach workers for two years.",
    "The so-called \"Safe Harbor\" program will add 260 beds, the mayor's office said. Whitfield said the city had counted 3,480 people sleeping outside in its January survey, up 22% from a year earlier.",
    "\"We cannot arrest our way out of this,\" she said.",
], [
    ("a humanitarian emergency", "Lorraine Whitfield", "partial"),
    ("too little, too late", "Bernard Osei", "partial"),
    ("Safe Harbor", "unknown", "scare"),
    ("We cannot arrest our way out of this,", "Lorraine Whitfield", "direct"),
], [
    ("Mayor Lorraine Whitfield on Tuesday", "before winter.", "figure"),
    ("City Councilman Bernard Osei", "for two years.", "allegation"),
    ("The so-called", "office said.", "figure"),
    ("Whitfield said the city had counted", "a year earlier.", "figure"),
])

add("h17-thameside-fine", "2024-08-08", [
    "Thameside Water has been fined £11.5m by the industry regulator after pumping untreated sewage into the River Wendle on more than 200 days in 2023.",
    "Ofwater said the company had “repeatedly failed” to report the spills and had misled inspectors about the state of two treatment works.",
    "“These were not accidents. They were choices made to save money,” said the regulator’s chief executive, Dame Susan Eke.",
    "Thameside said it accepted the penalty and apologised to customers. “We have let our communities down,” a spokesperson said. “We are investing £1.2bn over the next five years to fix this.”",
    "Campaigners from the group Clean Rivers Now said the fine was less than a week’s profit for the firm.",
], [
    ("repeatedly failed", "Ofwater", "partial"),
    ("These were not accidents. They were choices made to save money,", "Susan Eke", "direct"),
    ("We have let our communities down,", "Thameside Water", "direct"),
    ("We are investing £1.2bn over the next five years to fix this.", "Thameside Water", "direct"),
], [
    ("Thameside Water has been fined", "days in 2023.", "figure"),
    ("Ofwater said the company", "treatment works.", "allegation"),
    ("They were choices made", "Dame Susan Eke.", "allegation"),
    ("Thameside said it accepted", "to customers.", "event"),
    ("Campaigners from the group", "for the firm.", "comparison"),
])

add("h18-fishermen-detained", "2024-03-16", [
    "The foreign ministry of Valdoria summoned the Ostravian ambassador on Friday after border guards detained four Valdorian fishermen in disputed waters.",
    "“This is a clear violation of international law,” Foreign Minister Tomas Herrera told reporters in the capital. “We expect our citizens to be released within 24 hours.”",
    "Ostravia’s embassy said the boats had entered its territorial waters “on at least three occasions” this month and denied that the men had been mistreated.",
    "Maria Solberg, a maritime law expert at Nordhavn University, said neither country had ever agreed on where the boundary lies. Herrera disagreed. “The line has been clear since 1952,” he said.",
], [
    ("This is a clear violation of international law,", "Tomas Herrera", "direct"),
    ("We expect our citizens to be released within 24 hours.", "Tomas Herrera", "direct"),
    ("on at least three occasions", "Ostravia’s embassy", "partial"),
    ("The line has been clear since 1952,", "Tomas Herrera", "direct"),
], [
    ("The foreign ministry of Valdoria", "disputed waters.", "figure"),
    ("“This is a clear violation", "in the capital.", "allegation"),
    ("Ostravia’s embassy said", "been mistreated.", "denial"),
    ("Maria Solberg, a maritime", "boundary lies.", "attribution"),
    ("“The line has been clear", "he said.", "attribution"),
])

add("h19-ashcombe-pool", "2025-02-19", [
    "Plans to close Ashcombe’s only public swimming pool have been shelved after a petition signed by more than 6,000 residents.",
    "The petition said the pool was ‘a lifeline for older people and disabled swimmers’ and warned that the nearest alternative was 14 miles away.",
    "Cllr Nadia Hussain, the council’s cabinet member for leisure, said: ‘We have listened. The pool will stay open at least until the end of 2026 while we look for a long-term operator.’",
    "Swimming club coach Peter Quayle welcomed the decision but said the building needed urgent repairs. ‘The roof has leaked for three winters,’ he said. ‘Somebody is going to get hurt.’",
], [
    ("a lifeline for older people and disabled swimmers", "the petition", "partial"),
    ("We have listened. The pool will stay open at least until the end of 2026 while we look for a long-term operator.", "Nadia Hussain", "direct"),
    ("The roof has leaked for three winters,", "Peter Quayle", "direct"),
    ("Somebody is going to get hurt.", "Peter Quayle", "direct"),
], [
    ("Plans to close Ashcombe’s", "6,000 residents.", "figure"),
    ("The petition said the pool", "14 miles away.", "figure"),
    ("‘The roof has leaked", "he said.", "figure"),
])

add("h20-jobs-report", "2023-09-02", [
    "U.S. employers added 187,000 jobs in August, fewer than economists had expected, according to a Labor Department report released Friday.",
    "The unemployment rate rose to 4.1%, the highest level in nearly three years. The report said wage growth slowed to 3.6% from a year earlier.",
    "\"The labor market is cooling, but it is not cracking,\" said Priya Raman, chief economist at Halberd Financial. She said the figures made an interest-rate cut in November \"more likely than not.\"",
    "Treasury Secretary Alan Whitcomb called the report \"a sign of a soft landing.\" Markets rallied on the news, with the benchmark index closing up 1.2%.",
], [
    ("The labor market is cooling, but it is not cracking,", "Priya Raman", "direct"),
    ("more likely than not.", "Priya Raman", "partial"),
    ("a sign of a soft landing.", "Alan Whitcomb", "partial"),
], [
    ("U.S. employers added", "released Friday.", "comparison"),
    ("The unemployment rate rose", "three years.", "comparison"),
    ("The report said wage growth", "a year earlier.", "figure"),
    ("She said the figures made", "than not.\"", "prediction"),
    ("Markets rallied", "up 1.2%.", "figure"),
])

OPEN = "\"'\u201c\u2018"
CLOSE = "\"'\u201d\u2019"
out = []
for pid, date, text, quotes, claims in P:
    qs = []
    for q, speaker, kind in quotes:
        n = text.count(q)
        assert n == 1, (pid, q, n)
        s = text.index(q)
        e = s + len(q)
        assert text[s - 1] in OPEN and text[e] in CLOSE, (pid, q, text[s-1], text[e])
        qs.append({"start": s, "end": e, "speaker": speaker, "kind": kind})
    cs = []
    for a, b, typ in claims:
        assert text.count(a) == 1, (pid, a)
        s = text.index(a)
        e = text.index(b, s) + len(b)
        # a sentence starts a paragraph or follows ". " etc.
        assert s == 0 or text[s - 2:s] in ("\n\n",) or text[s - 1] == " ", (pid, a)
        assert text[e - 1] in ".?!" + CLOSE, (pid, b)
        assert "\n" not in text[s:e], (pid, a)
        cs.append({"start": s, "end": e, "type": typ})
    out.append({"id": pid, "text": text, "date": date, "quotes": qs, "claims": cs})

with open(sys.argv[1], "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# Print every span so a person can read what it covers.
for rec in out:
    t = rec["text"]
    print("==", rec["id"])
    for q in rec["quotes"]:
        print("  Q %-20s %-8s|%s|" % (q["speaker"], q["kind"], t[q["start"]:q["end"]]))
    for c in rec["claims"]:
        print("  C %-11s|%s|" % (c["type"], t[c["start"]:c["end"]]))
print(len(out), "passages,", sum(len(r["quotes"]) for r in out), "quotes,",
      sum(len(r["claims"]) for r in out), "claims")
