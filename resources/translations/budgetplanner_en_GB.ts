<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Accessible</name>
    <message>
        <source>{0}: column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: row headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocatesDialog</name>
    <message>
        <source>Who works with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates who work with {0}&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates who work with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the plan from this advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another advocate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let them work with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate works with {0}&apos;s plan now: only team leads can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} now works with {1}&apos;s plan: it is in their list of plans the next time they look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} no longer works with {1}&apos;s plan: they cannot see it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate works with it now: only team leads can see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffordLinesModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the costs of my PAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffordPage</name>
    <message>
        <source>The hi&amp;ghest wage I can pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;most hours I can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money I have for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 22750.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this money comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 6656.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 13.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I claim Employment Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance, payroll and other yearly costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 300.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ho&amp;urs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cover for sickness (% of pay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover for sickness, percent of pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover for sickness and holiday, percent of pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pay rise next April, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show costs per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mo&amp;ney I have (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside for other &amp;support, a year (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a wee&amp;k I want:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many P&amp;As share the hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;often they are paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insurance, payroll and other costs, a year (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cover for sickness and holiday (% of pay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pay &amp;rise next April (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show costs p&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can afford</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much I can pay my PAs, or how many hours I can have, once holiday pay, National Insurance, pension, insurance, payroll and cover are paid. Trying figures here does not change my plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest wage I can pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most hours I can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside for other support, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week I want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many PAs share the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often they are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their hours: the same every week, or changing week to week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance, payroll and other costs, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs of employing my PAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a cost to see how it is worked out. The rates come from my plan&apos;s rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pay rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money set aside is more than the money I have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a percentage, for example 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;wage I would pay (£ an hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly &amp;wage (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage I would pay, an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hours of support I want each week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To leave room for a {0}% pay rise next April, pay up to {1} an hour now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hourly wage I want to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the money I have and the {0} to see the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours I want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly wage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open my plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These plans are locked with a passphrase. Type it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {0}. The file as it is now will be kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my organisation&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password, to sign in as {0} {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose which column of &lt;b&gt;{0}&lt;/b&gt; holds what. I will remember this for next time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with what it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out is shown as a minus figure (money in is left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out is shown as a minus figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these payments were for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several things, or not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates look &amp;like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} payments were outside my plan year and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPlanDialog</name>
    <message>
        <source>Check my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop marking this word in my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words not marked in my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen word again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words can make a plan sound like a service&apos;s file rather than my own. Each is a suggestion: keep a word if it is the right one for me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Words I chose to keep&lt;/b&gt; (not marked in my plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to look at again: the plan speaks in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} words to look at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word to look at again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Ready for my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the council will look for in my plan, from the Care Act&apos;s list of what a support plan holds, and where my plan answers each part. Then I can print a statement of my money for the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of my plan is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the council will look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my review statement as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my review statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my review statement as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my review statement as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statement in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger letters on landscape pages, so six columns of figures still fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law asks for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved my review statement as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleView</name>
    <message>
        <source>Closest to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People paid to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle of people in my life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is in the circle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Someone else changed this too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a change to the same part of the plan while I was changing it, so my change was not written over theirs. Here are both versions. For each, choose which to keep; for writing I can keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what I chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are kept until I choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved theirs on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved theirs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved theirs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs, then mine, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>All costs, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no personal budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against my personal budget, a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to my organisation&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation keeps its plans on its own server. Its administrator tells me the server&apos;s name, the database and my name on it. My password is asked for each time and never kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. plans.my-organisation.org.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the port and the organisation&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5432, the usual one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is always encrypted, and the server&apos;s certificate is always checked. If my organisation uses a certificate of its own, its administrator gives me the file to put here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type my password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContingencyPage</name>
    <message>
        <source>If things go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PA off sick, a carer who is ill: what we do, and its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cost, the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What it costs&lt;/b&gt; (counted apart from my support)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostLinesTableModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week, for costs paid by the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a yearly cost is due, or a one-off is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this yearly cost is due: my spending plan expects it in that month. Type it like 30/04/2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this one-off is planned: my spending plan expects it in that month. Type it like 15/10/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid all through the year, so no date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal budget or direct payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal assistants I employ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community activity or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment or technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 or 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22 to State Pension age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over State Pension age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading over the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well under the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31/05/2026 (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-05-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in my life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options I considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My chosen support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks I own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the PA costs are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need support with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same hours every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours change week to week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Erase &lt;b&gt;{0}&lt;/b&gt; and every version of their plan from this computer?&lt;/p&gt;&lt;p&gt;This cannot be undone. You may want to export their plan file first, so they can keep it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, erase {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also erase them from backups made since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase from backups made since this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialogs</name>
    <message>
        <source>the name on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in my life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if things go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which goals an option meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which options a scenario holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let {0} work with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took this plan from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {0}&apos;s taking-out: the plan can be changed again here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took this plan out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let an advocate work with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took this plan from an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed this plan: added to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed this plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed this plan: took something out of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (signed in as {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Budget Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages about money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan&apos;s money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can afford</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages about my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Start a plan with &lt;b&gt;New plan&lt;/b&gt;, or look at the example plans from the &lt;b&gt;Help&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in my life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks I own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My changes are not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has this plan with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This plans file is read-only: I can read my plans here, but not change them. To change them, ask for the file to be made writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these plans are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my plan &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the money as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;verything about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;bank statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my &amp;review statement as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a back&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock my plans with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my or&amp;ganisation&apos;s plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the plans on this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between my changes and someone else&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take this plan with me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a plan bac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;example plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot lock files (the sqlcipher3 package is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who works with this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did &amp;what with this plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review 20 Mar 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – Budget Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took this plan out on {0}: bring it back with File → Bring a plan back. If I change it here meanwhile, my copy cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} took this plan out on {1}, so I can read it here but not change it until it is brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this plan with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy on this computer is locked with a passphrase. Choose one, at least 8 letters, numbers or spaces, and write it down somewhere safe: without it the copy cannot be opened or brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s plan is in {1}. No one else can change it on the server until I bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a plan back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans files (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the copy was locked with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server meanwhile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in my copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back {0}&apos;s plan: it is saved on the server, and the copy on this computer is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s plan, which {1} took out on {2}. Bring these changes back to the server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the plan file: {0}&apos;s plan is chosen in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The plans before restoring are kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example plans of Sita, Jenny and Sam are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ctrl++&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; bigger or smaller text · &lt;b&gt;Ctrl+Shift+H&lt;/b&gt; high contrast&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; see and print my plan&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; new plan · &lt;b&gt;Ctrl+R&lt;/b&gt; rename · &lt;b&gt;Ctrl+F&lt;/b&gt; find a plan · &lt;b&gt;Ctrl+E&lt;/b&gt; export as PDF · &lt;b&gt;Ctrl+Q&lt;/b&gt; quit&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+K&lt;/b&gt; check my plan&apos;s words&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt; add an option · &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; add a cost line&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+0&lt;/b&gt; (or &lt;b&gt;Alt+1&lt;/b&gt; to &lt;b&gt;Alt+0&lt;/b&gt;) go to a page; on Money and Review, &lt;b&gt;Ctrl+Tab&lt;/b&gt; goes to the next page of its own; &lt;b&gt;Tab&lt;/b&gt; moves between boxes; in a table, press &lt;b&gt;F2&lt;/b&gt; or start typing to change a cell, &lt;b&gt;Enter&lt;/b&gt; to keep it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time I used my organisation&apos;s plans. Type my password to open them again, or Cancel to use the plans on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose between my changes and someone else&apos;s first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Someone else changed a part of this plan that I was changing. Both versions are kept until I choose (File → Choose between my changes and someone else&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ My last changes are not saved yet. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My last changes could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the window closes now, they are lost. Keep it open, free some space or fix the problem, and they will be saved; or save my plan to another place first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my plan to another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.bpplan.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be written there either ({0}). Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my plan to another place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>My personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount the council gives, or my own money, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the personal budget comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my support costs per week, month and year, by who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My personal budget against my support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £22,750.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan&apos;s money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What my support costs and who pays. One year is 52 weeks; a month is a twelfth of a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;personal budget (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals with no option yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the options of my chosen support: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting all my options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals with no option yet:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal has at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type my personal budget above to see what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I pay for my own support: nothing in my plan is paid from a personal budget or direct payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support costs {0} a year ({1} a week) more than my personal budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a year ({1} a week) is left in my personal budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsListModel</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Each way of meeting my goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, how much, how often and who pays, with the cost per week and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options I am considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the option to see and change below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cost line, the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals it serves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Costs&lt;/b&gt; (type over a cell to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1, hours: A week has 168 hours, so this cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a goal with no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my goals on the My goals page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option costs {0} a week, {1} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and {0} once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PAEditor</name>
    <message>
        <source>No money set aside for cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of the wage bill (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of cover a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PA&apos;s own wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another rate (£ an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My personal assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each PA&apos;s wage, hours, how they are paid, and what they cost me as an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a personal assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected personal assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I claim Employment Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People employing care and support workers can claim it; it pays my employer&apos;s National Insurance up to its yearly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who employ care and support workers can claim it: it pays my employer&apos;s National Insurance up to the yearly amount in the rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays for my PAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money for cover when a PA is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday cover is paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For PAs on the same hours every week: 5.6 weeks of their hours are paid to whoever covers their holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday cover rate, pounds an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 24.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My PAs&apos; first payday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For weekly and four-weekly pay: my spending plan counts paydays from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 03/04/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of Statutory Sick Pay a year for each PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on the calendar: a week off sick is 7 days. Costed from the rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to know as an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the PA costs are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pa&amp;ys for my PAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holiday cover is paid at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory &amp;Sick Pay for each PA, days a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First payday (weekly or four-weekly pay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours fro&amp;m week to week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pai&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close &amp;relative who lives with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a PA in the table&lt;/b&gt; to see how they are paid, their age and pension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;About {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of the wage bill is at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday cover: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First payday: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to know about these PAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to warn about for these PAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I must do as an employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this is worked out ({0} rate table):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PARolesTableModel</name>
    <message>
        <source>Worked out from pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has asked to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has chosen to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week to week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay + holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s NI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the hours are the same every week (holiday taken as paid leave, with cover) or change week to week (holiday pay added to each payslip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often they are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close relative who lives with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and holiday pay a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s National Insurance a year, before Employment Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s pension contribution a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>Pages of my plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>No review date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review soon: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in my life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, friends, neighbours, community and paid people; who helps with what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid hours a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search plans by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person with their next review date; reviews due soon are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name on this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose plan is this? Their name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name on this plan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>The name I like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people like and admire about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How best to communicate with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I like information given to me, and how I tell you things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I make decisions, and who helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good life looks like for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My strengths and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money, my home, equipment, time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I contribute to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I need support with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words: the things I need help with to live the life above, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why I chose this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part in planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for my review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Print my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my one-&amp;page profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my one-page profile as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my photo to the cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my photo to the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page bigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to include&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my one-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, for example 12.71.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateTablesDialog</name>
    <message>
        <source>Rate tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as next year&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this table to make next year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this table for my plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this table for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, used by this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}. Rates are fractions: 0.15 means 15%. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table comes with the program and cannot be changed: copy it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own table: double-click a figure or its source to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a table called {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} a week, {2} a year from my personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move my plan to the {0} table?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Who did what with {0}&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what with {0}&apos;s plan, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} - who did what.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save who did what as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved who did what with {0}&apos;s plan as {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>My goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to happen, and how I will know it is happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will know it is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At my review: what worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At my review: what did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks I own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk is mine to take: what I choose, and how it is made smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I choose to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes it smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if it goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31/03/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The plans as they are now are backed up first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Who took part in planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 31/03/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this version as it is and starts a new one copied from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of my next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of my plan&lt;/b&gt; (choose one to read it as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What changed since the last version&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as it was on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being written now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first version of my plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Money from my personal budget&lt;/b&gt;: before {0} a week ({1} a year); now {2} a week ({3} a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How my goals went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the plan has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version of the plan as it is now, and start a new version copied from it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Export my plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported my plan file to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the money as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the money to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because of these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
…and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock my plans with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every plan in this file, and every backup of it, is kept encrypted. The passphrase is asked for each time the program starts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If the passphrase is forgotten, no one can open these plans again&lt;/b&gt;, so write it down and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These plans and their backups are now locked with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these plans and their backups without a passphrase? Anyone who can use this computer&apos;s account could then read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>My scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways of putting my options together, compared side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the support I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why I chose this, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: my scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Options in this scenario&lt;/b&gt; (tick them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why I chose this&lt;/b&gt;, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingEntriesModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingPage</name>
    <message>
        <source>Planned and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I have spent each month of my plan year, against my plan. Unspent direct payment money may be taken back at the review, so it helps to see early where my spending is heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show money per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan year &amp;starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show money p&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and spent this plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By who pays, for all my support, and by option, with how it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How my spending is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example £1,250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, pay for May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved my spending as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount spent in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures the table has no room for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add what I spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what I spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (&amp;£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything I have spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a bank statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my spending as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my spending as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I add what I spent, this says whether my spending is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My spending is on track with my plan.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} From {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingSummaryModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent {0}
on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent
so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left of the
year&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast
for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it
is going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Good news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I am, in my own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good life starts here, before any support or money.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsTableModel</name>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short of my personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in my personal budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
