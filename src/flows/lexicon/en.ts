/** English flow lexicon. Reviewable data only. */
import { en as v, forms } from './conjugate';
import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  verbs: [
    // "Germany and Japan split the rest": sharing out among themselves receives (a share only)
    { cls: 'receive', forms: forms('fin', 'split the rest', 'shared the rest', 'share the rest') },
    { cls: 'seize', forms: v('seize', 'seizes', 'seized', 'seized', 'seizing') },
    { cls: 'seize', forms: forms('part', 'recovered') },
    { cls: 'send', forms: forms('fin', 'go to', 'goes to', 'went to') },
    { cls: 'send', forms: v('discharge', 'discharges', 'discharged', 'discharged', 'discharging') },
    { cls: 'leave', forms: forms('part', 'loaded').concat(forms('fin', 'loaded'), forms('ger', 'loading')) },
    { cls: 'exchange', forms: v('exchange', 'exchanges', 'exchanged', 'exchanged', 'exchanging').filter(([f]) => f !== 'exchange' && f !== 'exchanges') },
    { cls: 'exchange', forms: v('swap', 'swaps', 'swapped', 'swapped', 'swapping').filter(([f]) => f !== 'swap' && f !== 'swaps') },
    { cls: 'send', forms: v('grant', 'grants', 'granted', 'granted', 'granting').filter(([f]) => f !== 'grant' && f !== 'grants') },
    { cls: 'send', forms: v('disburse', 'disburses', 'disbursed', 'disbursed', 'disbursing'), cat: 'money' },
    { cls: 'send', forms: v('remit', 'remits', 'remitted', 'remitted', 'remitting'), cat: 'money' },
    { cls: 'send', forms: v('invest', 'invests', 'invested', 'invested', 'investing'), cat: 'money' },
    // (Forgiving a debt sends its money to the debtor: "Japan forgave $100 million of Laos's debt".)
    { cls: 'send', forms: v('forgive', 'forgives', 'forgave', 'forgiven', 'forgiving').concat(forms('fin', 'write off', 'writes off', 'wrote off'), forms('part', 'written off'), forms('ger', 'writing off')), cat: 'money', sense: 'debt' },
    { cls: 'send', forms: v('inject', 'injects', 'injected', 'injected', 'injecting') },
    // ("Russia installed missile systems in Nicaragua": installing goods somewhere sends them there.)
    { cls: 'send', forms: v('install', 'installs', 'installed', 'installed', 'installing'), sense: 'object' },
    // ("Japan poured $2 billion into Vietnam", "Gulf funds ploughed money into Egypt": what is poured in is sent.)
    { cls: 'send', forms: v('pour', 'pours', 'poured', 'poured', 'pouring').concat(v('plough', 'ploughs', 'ploughed', 'ploughed', 'ploughing'), v('plow', 'plows', 'plowed', 'plowed', 'plowing')) },
    { cls: 'send', forms: v('send', 'sends', 'sent', 'sent', 'sending') },
    // ("allocated $5 million to", "forwarded the aid to", "conveyed 300 tonnes to": with goods or money as the object.)
    { cls: 'send', forms: v('allocate', 'allocates', 'allocated', 'allocated', 'allocating'), cat: 'money', sense: 'object' },
    { cls: 'send', forms: v('forward', 'forwards', 'forwarded', 'forwarded', 'forwarding').filter(([f]) => f !== 'forward' && f !== 'forwards'), sense: 'object' },
    { cls: 'send', forms: v('convey', 'conveys', 'conveyed', 'conveyed', 'conveying'), sense: 'object' },
    { cls: 'send', forms: v('supply', 'supplies', 'supplied', 'supplied', 'supplying') },
    // ("India extended a $500 million credit line to Sri Lanka", "Japan extended Vietnam a loan": with money as its object, past a
    // place as the indirect object, see objectMoney.)
    { cls: 'send', forms: v('extend', 'extends', 'extended', 'extended', 'extending'), cat: 'money', sense: 'money' },
    { cls: 'send', forms: v('deliver', 'delivers', 'delivered', 'delivered', 'delivering') },
    { cls: 'send', forms: v('ship', 'ships', 'shipped', 'shipped', 'shipping') },
    { cls: 'send', forms: v('export', 'exports', 'exported', 'exported', 'exporting'), cat: 'other' },
    { cls: 'send', forms: v('deploy', 'deploys', 'deployed', 'deployed', 'deploying') },
    // "reinforced its presence in Roraima with 28 armoured vehicles": reinforcing with goods or troops sends them
    { cls: 'send', forms: v('reinforce', 'reinforces', 'reinforced', 'reinforced', 'reinforcing'), sense: 'military' },
    { cls: 'send', forms: v('redeploy', 'redeploys', 'redeployed', 'redeployed', 'redeploying') },
    { cls: 'send', forms: v('move', 'moves', 'moved', 'moved', 'moving') },
    { cls: 'send', forms: forms('inf', 'ship') },
    // ("Rwanda detached two battalions to Cabo Delgado": detaching sends only troops that are its object)
    { cls: 'send', forms: v('detach', 'detaches', 'detached', 'detached', 'detaching'), sense: 'troops' },
    { cls: 'send', forms: v('unload', 'unloads', 'unloaded', 'unloaded', 'unloading') },
    { cls: 'send', forms: v('re-export', 're-exports', 're-exported', 're-exported', 're-exporting'), cat: 'other' },
    { cls: 'send', forms: v('pledge', 'pledges', 'pledged', 'pledged', 'pledging') },
    { cls: 'send', forms: v('promise', 'promises', 'promised', 'promised', 'promising') },
    { cls: 'send', forms: v('offer', 'offers', 'offered', 'offered', 'offering').filter(([f]) => f !== 'offer' && f !== 'offers' && f !== 'offering') },
    { cls: 'send', forms: v('commit', 'commits', 'committed', 'committed', 'committing') },
    { cls: 'send', forms: v('contribute', 'contributes', 'contributed', 'contributed', 'contributing') },
    { cls: 'send', forms: v('rush', 'rushes', 'rushed', 'rushed', 'rushing') },
    { cls: 'send', forms: v('truck', 'trucks', 'trucked', 'trucked', 'trucking').filter(([f]) => f !== 'truck' && f !== 'trucks') },
    { cls: 'send', forms: v('bus', 'buses', 'bused', 'bused', 'busing').concat(v('bus', 'busses', 'bussed', 'bussed', 'bussing')).filter(([f]) => f === 'bused' || f === 'bussed' || f === 'busing' || f === 'bussing') },
    // ("From Chad, the weapons were driven across the border into Darfur": driving goods or people somewhere sends them.)
    { cls: 'send', forms: v('drive', 'drives', 'drove', 'driven', 'driving').filter(([f]) => f === 'drove' || f === 'driven') },
    { cls: 'send', forms: v('relocate', 'relocates', 'relocated', 'relocated', 'relocating') },
    { cls: 'send', forms: forms('part', 'seconded') },
    { cls: 'send', forms: v('transfer', 'transfers', 'transferred', 'transferred', 'transferring') },
    { cls: 'send', forms: v('provide', 'provides', 'provided', 'provided', 'providing') },
    { cls: 'send', forms: v('give', 'gives', 'gave', 'given', 'giving') },
    { cls: 'send', forms: v('sell', 'sells', 'sold', 'sold', 'selling') },
    { cls: 'send', forms: v('resell', 'resells', 'resold', 'resold', 'reselling') },
    { cls: 'send', forms: v('dispatch', 'dispatches', 'dispatched', 'dispatched', 'dispatching') },
    { cls: 'send', forms: v('smuggle', 'smuggles', 'smuggled', 'smuggled', 'smuggling') },
    { cls: 'send', forms: v('donate', 'donates', 'donated', 'donated', 'donating') },
    { cls: 'send', forms: v('transport', 'transports', 'transported', 'transported', 'transporting') },
    // "The ship carried 3,000 tonnes of wheat from Odesa to Egypt" (not "carrying", which names a carrier, see carrier; not
    // "carried out", see findTriggers).
    { cls: 'send', forms: forms('fin', 'carries', 'carried'), sense: 'object' },
    // ("150 tons of coltan were carried into Rwanda": the passive too.)
    { cls: 'send', forms: forms('part', 'carried') },
    // ("gas pumped from Tarifa to Tahaddart")
    { cls: 'send', forms: v('pump', 'pumps', 'pumped', 'pumped', 'pumping') },
    { cls: 'send', forms: v('pay', 'pays', 'paid', 'paid', 'paying'), cat: 'money' },
    // ("Gabon repaid $95 million to China": a repayment moves money to the creditor.)
    { cls: 'send', forms: v('repay', 'repays', 'repaid', 'repaid', 'repaying'), cat: 'money', sense: 'money' },
    { cls: 'send', forms: v('refinance', 'refinances', 'refinanced', 'refinanced', 'refinancing').filter(([f]) => f !== 'refinancing'), cat: 'money' },
    { cls: 'send', forms: v('lend', 'lends', 'lent', 'lent', 'lending'), cat: 'money', sense: 'lend' },
    { cls: 'send', forms: v('loan', 'loans', 'loaned', 'loaned', 'loaning').filter(([f]) => f !== 'loan' && f !== 'loans'), cat: 'money', sense: 'lend' },
    { cls: 'receive', forms: v('accept', 'accepts', 'accepted', 'accepted', 'accepting') },
    { cls: 'receive', forms: v('receive', 'receives', 'received', 'received', 'receiving') },
    { cls: 'receive', forms: forms('fin', 'took delivery', 'take delivery', 'takes delivery', 'taken delivery', 'taking delivery') },
    // waiting for goods still to come: a receiver, and the transfer only planned
    { cls: 'receive', forms: forms('fut', 'waiting for', 'awaiting', 'awaits', 'awaits delivery', 'await delivery', 'awaiting delivery', 'awaits the delivery', 'await the delivery', 'awaiting the delivery') },
    // ("Latvia expects a first batch of Archer howitzers from Sweden": expecting goods is waiting for them; not "expects growth")
    { cls: 'receive', forms: forms('fut', 'expects', 'expect', 'expecting'), sense: 'goods' },
    { cls: 'send', forms: v('lease', 'leases', 'leased', 'leased', 'leasing') },
    { cls: 'presence', forms: forms('fin', 'remain') },
    // ("3,000 Rwandan soldiers were operating inside Congo": troops operating or fighting somewhere are there.)
    { cls: 'presence', forms: forms('fin', 'operate', 'are operating', 'were operating', 'have been operating', 'had been operating') },
    // (People fighting somewhere are troops: "hundreds of Colombians are fighting in Ukraine".)
    { cls: 'presence', forms: forms('fin', 'are fighting', 'were fighting', 'have been fighting'), cat: 'troops' },
    { cls: 'release', forms: v('release', 'releases', 'released', 'released', 'releasing').filter(([f]) => f !== 'release' && f !== 'releases').concat(forms('fin', 'freed', 'frees'), forms('part', 'freed')) },
    { cls: 'send', forms: v('bring', 'brings', 'brought', 'brought', 'bringing') },
    { cls: 'receive', forms: v('import', 'imports', 'imported', 'imported', 'importing'), cat: 'other' },
    { cls: 'receive', forms: v('buy', 'buys', 'bought', 'bought', 'buying') },
    // ("Angola borrowed $10 million from Brazil": the lender sends the money.)
    { cls: 'receive', forms: v('borrow', 'borrows', 'borrowed', 'borrowed', 'borrowing'), cat: 'money', sense: 'money' },
    // ordering goods (not "ordered troops to", a command: goods only)
    { cls: 'receive', forms: v('order', 'orders', 'ordered', 'ordered', 'ordering'), sense: 'goods' },
    { cls: 'receive', forms: v('purchase', 'purchases', 'purchased', 'purchased', 'purchasing') },
    { cls: 'receive', forms: v('acquire', 'acquires', 'acquired', 'acquired', 'acquiring') },
    { cls: 'receive', forms: v('absorb', 'absorbs', 'absorbed', 'absorbed', 'absorbing'), sense: 'goods' },
    // "South Korea sources its uranium from Canada": only with goods as its object ("sources said" is no buying)
    { cls: 'receive', forms: v('source', 'sources', 'sourced', 'sourced', 'sourcing'), sense: 'goods' },
    { cls: 'receive', forms: v('obtain', 'obtains', 'obtained', 'obtained', 'obtaining') },
    // ("Armenia has sought weapons elsewhere. India has shipped rocket launchers": seeking goods is a receiver's half of the transfers
    // the next sentence states; goods only, "sought talks" names none.)
    { cls: 'receive', forms: v('seek', 'seeks', 'sought', 'sought', 'seeking'), sense: 'goods' },
    // "will take 24 second-hand jets from Qatar": taking goods (only goods: "took the town", "take part" are none)
    { cls: 'receive', forms: v('take', 'takes', 'took', 'taken', 'taking'), sense: 'goods' },
    // ("Mexico gets 70% of its gas from Texas": getting goods from a place; triggers.ts keeps it only so, as with "take".)
    { cls: 'receive', forms: v('get', 'gets', 'got', 'gotten', 'getting'), sense: 'goods' },
    // "secured a $2 billion loan from": only goods make a transfer of it ("secured the border" names none).
    { cls: 'receive', forms: v('secure', 'secures', 'secured', 'secured', 'securing'), sense: 'object' },
    // "deposited $2.7 billion into an account in Oman": money put somewhere ("deposits" is mostly the noun)
    { cls: 'send', forms: v('deposit', 'deposit', 'deposited', 'deposited', 'depositing'), cat: 'money', sense: 'object' },
    // ("training" alone is mostly the noun; after a form of "be" it is the verb: "have been training local forces")
    { cls: 'train', forms: v('train', 'trains', 'trained', 'trained', 'training').filter(([f]) => f !== 'training').concat(forms('fin', 'been training', 'is training', 'are training', 'was training', 'were training')) },
    { cls: 'help', forms: v('help', 'helps', 'helped', 'helped', 'helping'), cat: 'aid' },
    { cls: 'help', forms: v('assist', 'assists', 'assisted', 'assisted', 'assisting'), cat: 'aid' },
    { cls: 'help', forms: v('fund', 'funds', 'funded', 'funded', 'funding').filter(([f]) => f !== 'funds' && f !== 'funding'), cat: 'money' },
    { cls: 'help', forms: v('finance', 'finances', 'financed', 'financed', 'financing').filter(([f]) => f !== 'finances' && f !== 'financing'), cat: 'money' },
    { cls: 'help', forms: v('arm', 'arms', 'armed', 'armed', 'arming').filter(([f]) => f !== 'arms' && f !== 'arm' && f !== 'armed'), cat: 'weapons' },
    // going back, of people: "refugees returned from Lebanon", "went home"
    { cls: 'move', forms: v('return', 'returns', 'returned', 'returned', 'returning').concat(forms('fin', 'went home', 'go home', 'goes home', 'going home', 'came back', 'come back', 'coming back', 'went back', 'go back', 'goes back', 'going back', 'crossed back', 'cross back', 'crossing back', 'came home', 'come home', 'comes home', 'coming home', 'flew home', 'fly home', 'flying home', 'headed home', 'head home', 'heading home'), forms('part', 'gone home', 'gone back', 'flown home')), sense: 'home' },
    { cls: 'move', forms: v('arrive', 'arrives', 'arrived', 'arrived', 'arriving') },
    // ("14,000 Guatemalan farm workers came to work in Quebec": coming to work or study somewhere; not "came to power", "came to light")
    { cls: 'move', forms: forms('fin', 'came to work', 'come to work', 'comes to work', 'coming to work', 'came to study', 'come to study', 'coming to study', 'came to live', 'come to live') },
    // officials expected somewhere, a visit to come: "a delegation is due in Nuuk on Monday", "The Home Secretary is due
    // in Paris" (goods due somewhere go there as goods: a verb of going names what moves)
    // ("Saudi Arabia's defence minister is expected in Islamabad next month")
    { cls: 'move', forms: forms('fut', 'is due in', 'are due in', 'is due at', 'is expected in', 'are expected in', 'is expected at', 'are expected at') },
    { cls: 'move', forms: forms('fin', 'sought refuge', 'took refuge', 'found refuge', 'sought shelter', 'seeking refuge', 'sheltering'), cat: 'people' },
    { cls: 'move', forms: v('travel', 'travels', 'travelled', 'travelled', 'travelling').concat(forms('fin', 'traveled', 'traveling')) },
    // flying in: travel, or with goods as the object a sending ("India flew in 15 tonnes of food")
    { cls: 'move', forms: forms('fin', 'flew in', 'flies in', 'flying in').concat(forms('part', 'flown in')) },
    { cls: 'move', forms: v('fly', 'flies', 'flew', 'flown', 'flying') },
    { cls: 'move', forms: v('flow', 'flows', 'flowed', 'flowed', 'flowing'), sense: 'goods' },
    // ("A cargo of Nigerian crude is on its way to India": going somewhere; "most of the cobalt ends up in China": goods only, so "the
    // talks ended up in deadlock" moves nothing. Not "heading to", "headed for": read as words of destination, see `dest` below.)
    { cls: 'move', forms: forms('fin', 'on its way to', 'on their way to') },
    { cls: 'move', forms: forms('fin', 'ends up in', 'end up in', 'ended up in', 'ending up in', 'end up with', 'ends up with', 'ended up with'), sense: 'goods' },
    { cls: 'move', forms: v('cross', 'crosses', 'crossed', 'crossed', 'crossing') },
    { cls: 'move', forms: v('reach', 'reaches', 'reached', 'reached', 'reaching') },
    { cls: 'move', forms: v('enter', 'enters', 'entered', 'entered', 'entering') },
    { cls: 'deport', forms: v('evacuate', 'evacuates', 'evacuated', 'evacuated', 'evacuating') },
    { cls: 'deport', forms: v('expel', 'expels', 'expelled', 'expelled', 'expelling') },
    { cls: 'deport', forms: v('extradite', 'extradites', 'extradited', 'extradited', 'extraditing') },
    { cls: 'deport', forms: v('repatriate', 'repatriates', 'repatriated', 'repatriated', 'repatriating') },
    { cls: 'move', forms: v('flee', 'flees', 'fled', 'fled', 'fleeing'), cat: 'people' },
    { cls: 'move', forms: v('emigrate', 'emigrates', 'emigrated', 'emigrated', 'emigrating'), cat: 'people' },
    { cls: 'move', forms: forms('fin', 'settled in', 'have settled in', 'had settled in', 'resettled in'), sense: 'persons' },
    // ("Canada resettled 1,200 Afghan refugees from Pakistan": a country resettling people receives them, from where they were.)
    { cls: 'receive', forms: v('resettle', 'resettles', 'resettled', 'resettled', 'resettling'), cat: 'people' },
    // "the rest was split between Japan and Turkey": goods shared out among places go to them.
    { cls: 'send', forms: forms('part', 'split between', 'split among', 'shared between', 'shared among', 'divided between', 'divided among', 'distributed between', 'distributed among') },
    { cls: 'visit', forms: v('visit', 'visits', 'visited', 'visited', 'visiting').filter(([f]) => f !== 'visit' && f !== 'visits') },
    { cls: 'deport', forms: v('deport', 'deports', 'deported', 'deported', 'deporting') },
    // ("Botswana pushed back 300 Zimbabweans into Zimbabwe": people only.)
    { cls: 'deport', forms: v('push back', 'pushes back', 'pushed back', 'pushed back', 'pushing back'), sense: 'persons' },
    // "stranded in Mashhad, to be brought out through Turkmenistan" (a rescue, as "evacuated"; not "pulled out", a withdrawal).
    { cls: 'deport', forms: v('bring out', 'brings out', 'brought out', 'brought out', 'bringing out'), sense: 'persons' },
    { cls: 'withdraw', forms: v('withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing') },
    { cls: 'withdraw', forms: v('pull', 'pulls', 'pulled', 'pulled', 'pulling').filter(([f]) => f !== 'pull' && f !== 'pulls') },
    { cls: 'receive', forms: v('host', 'hosts', 'hosted', 'hosted', 'hosting') },
    // admitting people (not "admitted that"): "Ottawa plans to admit up to 2,000 Guatemalan workers"
    { cls: 'receive', forms: v('admit', 'admits', 'admitted', 'admitted', 'admitting'), sense: 'persons' },
    // welcoming people or an official ("welcomed 500 refugees", "welcomed Kenyan President William Ruto"); not a decision
    { cls: 'receive', forms: v('welcome', 'welcomes', 'welcomed', 'welcomed', 'welcoming'), sense: 'host' },
    // "Colombia is home to 2.8 million Venezuelans": a country home to people of another (only people make a flow of it)
    { cls: 'receive', forms: forms('fin', 'is home to', 'are home to', 'was home to', 'has become home to', 'shelters', 'sheltered'), sense: 'host' },
    // people asking for asylum somewhere go there: "40,000 Ukrainians have sought asylum in Poland"
    { cls: 'move', forms: forms('fin', 'sought asylum', 'seek asylum', 'seeks asylum', 'seeking asylum', 'applied for asylum', 'apply for asylum', 'applying for asylum', 'claimed asylum', 'claim asylum', 'claiming asylum', 'requested asylum', 'filed for asylum'), cat: 'people' },
    // "took in 6,000 nurses", "recruited 1,200 nurses": people received (only people or troops make a flow of it).
    { cls: 'receive', forms: forms('fin', 'took in', 'takes in', 'taking in').concat(forms('inf', 'take in'), forms('part', 'taken in')) },
    { cls: 'receive', forms: v('recruit', 'recruits', 'recruited', 'recruited', 'recruiting'), sense: 'enlist' },
    { cls: 'send', forms: v('hand', 'hands', 'handed', 'handed', 'handing') },
    { cls: 'send', forms: v('channel', 'channels', 'channelled', 'channelled', 'channelling').concat(forms('fin', 'channeled', 'channeling')) },
    { cls: 'send', forms: v('funnel', 'funnels', 'funnelled', 'funnelled', 'funnelling').concat(forms('fin', 'funneled', 'funneling')) },
    { cls: 'send', forms: v('airlift', 'airlifts', 'airlifted', 'airlifted', 'airlifting') },
    { cls: 'send', forms: v('ferry', 'ferries', 'ferried', 'ferried', 'ferrying') },
    { cls: 'send', forms: v('station', 'stations', 'stationed', 'stationed', 'stationing') },
    { cls: 'send', forms: v('maintain', 'maintains', 'maintained', 'maintained', 'maintaining').concat(forms('fin', 'keeps', 'kept')), sense: 'keep' },
    { cls: 'move', forms: v('sail', 'sails', 'sailed', 'sailed', 'sailing') },
    { cls: 'move', forms: forms('fin', 'landed').concat(v('dock', 'docks', 'docked', 'docked', 'docking'), forms('fin', 'berthed')) },
    { cls: 'leave', forms: forms('fin', 'left', 'leaves', 'departed', 'departs').concat(forms('ger', 'leaving', 'departing'), forms('inf', 'leave', 'depart')) },
    { cls: 'seize', forms: v('confiscate', 'confiscates', 'confiscated', 'confiscated', 'confiscating') },
    { cls: 'send', forms: v('gift', 'gifts', 'gifted', 'gifted', 'gifting').filter(([f]) => f !== 'gift' && f !== 'gifts') },
    { cls: 'send', forms: forms('fin', 'trafficked').concat(forms('part', 'trafficked')) },
    // ("airdrops" is the noun: "carried out three airdrops")
    { cls: 'send', forms: v('airdrop', 'airdrops', 'airdropped', 'airdropped', 'airdropping').concat(v('air-drop', 'air-drops', 'air-dropped', 'air-dropped', 'air-dropping')).filter(([f]) => f !== 'airdrops' && f !== 'air-drops') },
    { cls: 'send', forms: v('offload', 'offloads', 'offloaded', 'offloaded', 'offloading') },
    { cls: 'send', forms: v('resupply', 'resupplies', 'resupplied', 'resupplied', 'resupplying') },
    { cls: 'send', forms: v('wire', 'wires', 'wired', 'wired', 'wiring').filter(([f]) => f !== 'wire' && f !== 'wires' && f !== 'wiring'), cat: 'money' },
    { cls: 'receive', forms: v('procure', 'procures', 'procured', 'procured', 'procuring') },
    { cls: 'move', forms: forms('fin', 'touched down', 'touches down', 'touch down') },
    { cls: 'leave', forms: forms('fin', 'took off', 'takes off', 'take off').concat(forms('ger', 'taking off')) },
    { cls: 'leave', forms: forms('fin', 'set sail', 'sets sail', 'setting sail') },
    // ("About 100 Russian soldiers flew out of Armenia": flying out of a place leaves it, as "left" does.)
    { cls: 'leave', forms: forms('fin', 'flew out of', 'fly out of', 'flies out of', 'flying out of').concat(forms('part', 'flown out of')) },
  ],
  nouns: [
    // the withdrawal of troops: from where they were, home to their owner
    { cls: 'withdraw', forms: ['withdrawal', 'withdrawals', 'pullout', 'pull-out'] },
    { cls: 'send', forms: ['shipment', 'shipments', 'delivery', 'deliveries', 'supply', 'supplies', 'transfer', 'transfers', 'provision'] },
    // "the transit of Russian gas to Slovakia"
    { cls: 'send', forms: ['transit'], ofGoods: true },
    { cls: 'send', forms: ['export', 'exports', 'sale', 'sales', 'deployment', 'deployments', 'dispatch', 'donation', 'donations'] },
    { cls: 'send', forms: ['payment', 'payments'], cat: 'money' },
    { cls: 'send', forms: ['loan', 'loans'], cat: 'money', sense: 'lend' },
    // ("announce a $50 million line of credit for the Seychelles")
    { cls: 'send', forms: ['credit line', 'credit lines', 'line of credit', 'lines of credit'], cat: 'money', sense: 'lend' },
    { cls: 'send', forms: ['aid'], cat: 'aid' },
    { cls: 'receive', forms: ['import', 'imports', 'purchase', 'purchases', 'acquisition', 'acquisitions'] },
    // a contract for goods is their purchase: "un contrat pour deux sous-marins" (only with goods as its object: see triggers.ts)
    { cls: 'receive', forms: ['contract for', 'contracts for'] },
    { cls: 'train', forms: ['training'] },
    // ("run courses for Iraqi commanders": courses given to people of a place, only with the people named)
    { cls: 'train', forms: ['courses', 'course', 'training course', 'training courses'], ofPeople: true },
    { cls: 'move', forms: ['visit', 'visits', 'trip', 'trips', 'journey', 'tour'], cat: 'visit' },
    // Arrivals carry what arrives ("la llegada al puerto de vehículos blindados"); with nothing named, a visit.
    { cls: 'move', forms: ['arrival', 'arrivals'] },
    { cls: 'move', forms: ['exodus'], cat: 'people' },
    { cls: 'deport', forms: ['deportation', 'deportations', 'removals'] },
    { cls: 'send', forms: ['package', 'packages', 'consignment', 'consignments', 'batch', 'batches', 'tranche', 'tranches'], cat: 'aid' },
    // airdrops: "Jordan airdropped 20 tonnes of aid over Gaza" (where to: "over", see roles.ts)
    { cls: 'send', forms: ['airdrop', 'airdrops', 'air-drops'], cat: 'aid' },
    { cls: 'deport', forms: ['evacuation', 'evacuations', 'repatriation', 'repatriations', 'extradition', 'extraditions', 'expulsion', 'expulsions'] },
    { cls: 'send', forms: ['airlift', 'airlifts', 'handover', 're-export', 're-exports'] },
    { cls: 'send', forms: ['disbursement', 'disbursements', 'remittances'], cat: 'money' },
    // "Chinese investment in Brazil reached $1.3 billion": the investor's money goes where it is invested
    { cls: 'send', forms: ['investment', 'investments'], cat: 'money', withOrigin: true },
  ],
  cargo: [
    // Civilian people sent or moving, of professions rarely quoted as sources (not "experts", "researchers"): people;
    // police and patrol cars: vehicles.
    ['teachers', 'people', 'teachers'], ['volunteers', 'people', 'volunteers'], ['missionaries', 'people', 'missionaries'], ['patients', 'people', 'patients'], ['athletes', 'people', 'athletes'], ['seafarers', 'people', 'seafarers'],
    ['patrol cars', 'vehicles', 'patrol cars'], ['police cars', 'vehicles', 'patrol cars'], ['patrol vehicles', 'vehicles', 'patrol cars'], ['police vehicles', 'vehicles', 'patrol cars'],
    ['nurses', 'people', 'nurses'], ['medics', 'people', 'doctors'], ['health workers', 'people', 'health workers'], ['fire crews', 'aid', 'rescuers'], ['firefighters', 'aid', 'rescuers'], ['rescuers', 'aid', 'rescuers'], ['rescue team', 'aid', 'rescue team'], ['search and rescue team', 'aid', 'rescue team'], ['search and rescue teams', 'aid', 'rescuers'], ['specialists', 'people', 'specialists'], ['rescue teams', 'aid', 'rescuers'],
    ['logistical support', 'aid', 'logistical support'], ['logistic support', 'aid', 'logistical support'],
    ['reinforcements', 'troops', 'reinforcements'],
    ['copper', 'other', 'copper'], ['sulphuric acid', 'other', 'sulphuric acid'], ['sulfuric acid', 'other', 'sulphuric acid'], ['chemicals', 'other', 'chemicals'], ['reagents', 'other', 'chemicals'], ['rice', 'other', 'rice'], ['beans', 'other', 'beans'], ['milk powder', 'other', 'milk'], ['powdered milk', 'other', 'milk'], ['sorghum', 'other', 'sorghum'], ['maize', 'other', 'maize'], ['cereals', 'other', 'grain'], ['cocoa', 'other', 'cocoa'], ['cement', 'other', 'cement'], ['cannabis', 'other', 'drugs'], ['heroin', 'other', 'drugs'], ['spare parts', 'technology', 'spare parts'], ['machinery', 'other', 'machinery'], ['offenders', 'people', 'offenders'], ['convicts', 'people', 'convicts'], ['criminals', 'people', 'offenders'],
    ['captives', 'people', 'prisoners'], ['detainees', 'people', 'prisoners'], ['prisoners of war', 'people', 'prisoners'], ['passengers', 'people', 'passengers'], ['evacuees', 'people', 'evacuees'], ['police officers', 'troops', 'police'], ['police team', 'troops', 'police'], ['police liaison team', 'troops', 'police'], ['police unit', 'troops', 'police'], ['police units', 'troops', 'police'], ['police contingent', 'troops', 'police'], ['security personnel', 'troops', 'soldiers'], ['police personnel', 'troops', 'police'], ['urea', 'other', 'fertiliser'], ['ammonia', 'other', 'fertiliser'], ['phosphate', 'other', 'fertiliser'], ['phosphates', 'other', 'fertiliser'], ['phosphate rock', 'other', 'fertiliser'], ['ammonium nitrate', 'other', 'fertiliser'], ['potassium chloride', 'other', 'fertiliser'], ['sulphur', 'other', 'sulphur'], ['sulfur', 'other', 'sulphur'], ['potash', 'other', 'fertiliser'], ['budget support', 'money', 'budget support'], ['mortar rounds', 'munitions', 'rounds'], ['anti-aircraft guns', 'weapons', 'guns'], ['flour', 'other', 'flour'],
    ['medicines', 'aid', 'medicines'], ['medicine', 'aid', 'medicines'], ['uranium', 'other', 'uranium'], ['cocaine', 'other', 'drugs'], ['drugs', 'other', 'drugs'],
    ['bombs', 'munitions', 'bombs'], ['helmets', 'other', 'helmets'], ['body armour', 'other', 'body armour'], ['body armor', 'other', 'body armour'],
    ['contingent', 'troops', 'contingents'], ['contingents', 'troops', 'contingents'], ['troops', 'troops', 'troops'], ['troop', 'troops', 'troops'], ['soldiers', 'troops', 'soldiers'], ['soldier', 'troops', 'soldiers'],
    ['servicemen', 'troops', 'soldiers'], ['military personnel', 'troops', 'soldiers'], ['fighters', 'troops', 'fighters'],
    ['mercenaries', 'troops', 'mercenaries'], ['battalions', 'troops', 'battalions'], ['marines', 'troops', 'marines'], ['pilots', 'troops', 'pilots'], ['cadets', 'troops', 'cadets'], ['army officers', 'troops', 'officers'], ['naval officers', 'troops', 'officers'], ['navy officers', 'troops', 'officers'], ['air force officers', 'troops', 'officers'], ['goods', 'other', 'goods'], ['fossils', 'other', 'fossils'], ['artefacts', 'other', 'artefacts'], ['artifacts', 'other', 'artefacts'], ['antiquities', 'other', 'antiquities'], ['relics', 'other', 'artefacts'], ['works of art', 'other', 'artworks'], ['artworks', 'other', 'artworks'], ['cultural property', 'other', 'artefacts'], ['electricity', 'other', 'electricity'], ['cargo', 'other', 'cargo'], ['paramilitaries', 'troops', 'paramilitaries'],
    ['special forces', 'troops', 'troops'], ['military instructors', 'training', 'instructors'], ['instructor pilots', 'training', 'instructors'], ['flight instructors', 'training', 'instructors'], ['military trainers', 'training', 'instructors'], ['forces', 'troops', 'troops'],
    ['weapons', 'weapons', 'weapons'], ['arms', 'weapons', 'weapons'], ['weaponry', 'weapons', 'weapons'], ['drones', 'weapons', 'drones'],
    ['drone', 'weapons', 'drones'], ['guns', 'weapons', 'guns'], ['rifles', 'weapons', 'rifles'], ['artillery', 'weapons', 'artillery'],
    ['howitzers', 'weapons', 'howitzers'], ['rocket launchers', 'weapons', 'rocket launchers'], ['military equipment', 'weapons', 'weapons'],
    ['munitions', 'munitions', 'munitions'], ['ammunition', 'munitions', 'munitions'], ['shells', 'munitions', 'shells'],
    ['artillery shells', 'munitions', 'shells'], ['rounds', 'munitions', 'rounds'], ['grenades', 'munitions', 'grenades'],
    ['missiles', 'missiles', 'missiles'], ['missile', 'missiles', 'missiles'], ['rockets', 'missiles', 'rockets'],
    ['ballistic missiles', 'missiles', 'missiles'],
    ['vehicles', 'vehicles', 'vehicles'], ['armoured vehicles', 'vehicles', 'vehicles'], ['armored vehicles', 'vehicles', 'vehicles'],
    ['tanks', 'vehicles', 'tanks'], ['fighter jets', 'vehicles', 'fighter jets'], ['stealth fighters', 'vehicles', 'fighter jets'], ['jet fighters', 'vehicles', 'fighter jets'], ['jets', 'vehicles', 'jets'],
    ['plane', 'vehicles', 'aircraft'], ['planes', 'vehicles', 'aircraft'], ['airplanes', 'vehicles', 'aircraft'], ['aeroplanes', 'vehicles', 'aircraft'], ['helicopter', 'vehicles', 'helicopters'],
    ['detectors', 'technology', 'detectors'], ['scanners', 'technology', 'scanners'], ['robots', 'technology', 'robots'], ['ivory', 'other', 'ivory'], ['rhino horn', 'other', 'rhino horn'], ['pangolin scales', 'other', 'pangolin scales'],
    ['aircraft', 'vehicles', 'aircraft'], ['helicopters', 'vehicles', 'helicopters'], ['warships', 'vehicles', 'ships'],
    ['ships', 'vehicles', 'ships'], ['submarines', 'vehicles', 'submarines'],
    ['technology', 'technology', 'technology'], ['technologies', 'technology', 'technology'], ['systems', 'technology', 'systems'],
    ['system', 'technology', 'systems'], ['equipment', 'technology', 'equipment'], ['components', 'technology', 'components'],
    ['know-how', 'technology', 'know-how'], ['expertise', 'technology', 'know-how'], ['satellites', 'technology', 'satellites'], ['satellite', 'technology', 'satellites'], 
    ['chips', 'technology', 'chips'], ['semiconductors', 'technology', 'semiconductors'], ['program', 'technology', 'programme'],
    ['programme', 'technology', 'programme'],
    ['oil', 'oil', 'oil'], ['crude', 'oil', 'oil'], ['crude oil', 'oil', 'oil'], ['fuel', 'oil', 'fuel'], ['petroleum', 'oil', 'oil'],
    ['refined products', 'oil', 'oil products'], ['oil products', 'oil', 'oil products'], ['petroleum products', 'oil', 'oil products'],
    ['gas', 'oil', 'gas'], ['natural gas', 'oil', 'gas'], ['lpg', 'oil', 'LPG'], ['lng', 'oil', 'gas'], ['diesel', 'oil', 'diesel'], ['barrels', 'oil', 'barrels'],
    ['money', 'money', 'money'], ['funds', 'money', 'funds'], ['cash', 'money', 'cash'], ['credit', 'money', 'credit'], ['credit line', 'money', 'credit'], ['credit lines', 'money', 'credit'], ['line of credit', 'money', 'credit'], ['lines of credit', 'money', 'credit'],
    ['credits', 'money', 'credit'], ['banking', 'money', 'banking'], ['banking services', 'money', 'banking'],
    ['evade sanctions', 'money', 'sanctions evasion'], ['circumvent sanctions', 'money', 'sanctions evasion'],
    ['sanctions evasion', 'money', 'sanctions evasion'], ['financing', 'money', 'funds'], ['funding', 'money', 'funds'],
    ['technical assistance', 'technology', 'technology'], ['humanitarian aid', 'aid', 'aid'], ['relief flights', 'aid', 'relief flights'], ['relief flight', 'aid', 'relief flights'], ['aid flights', 'aid', 'relief flights'], ['relief convoys', 'aid', 'aid convoys'], ['aid convoys', 'aid', 'aid convoys'], ['military aid', 'aid', 'aid'], ['aid', 'aid', 'aid'], ['assistance', 'aid', 'aid'],
    ['military assistance', 'aid', 'aid'], ['aid package', 'aid', 'aid'], ['supplies', 'aid', 'supplies'],
    ['training', 'training', 'training'], ['military training', 'training', 'training'],
    ['refugees', 'people', 'refugees'], ['migrants', 'people', 'migrants'], ['deportees', 'people', 'deportees'], ['extraditees', 'people', 'extradited'],
    ['children', 'people', 'children'], ['workers', 'people', 'workers'], ['opponents', 'people', 'opponents'], ['dissidents', 'people', 'dissidents'], ['fruit pickers', 'people', 'workers'], ['pickers', 'people', 'workers'], ['farmworkers', 'people', 'workers'], ['farm workers', 'people', 'workers'], ['seasonal workers', 'people', 'workers'], ['labourers', 'people', 'workers'],
    ['laborers', 'people', 'workers'], ['civilians', 'people', 'civilians'], ['prisoners', 'people', 'prisoners'], ['suspects', 'people', 'suspects'], ['suspected cartel members', 'people', 'suspects'], ['prisoner', 'people', 'prisoners'], ['convict', 'people', 'convicts'], ['fugitive', 'people', 'fugitives'], ['fugitives', 'people', 'fugitives'], ['detainee', 'people', 'prisoners'], ['inmate', 'people', 'prisoners'],
    ['asylum seekers', 'people', 'asylum seekers'], ['people', 'people', 'people'],
    ['grain', 'other', 'grain'], ['soybeans', 'other', 'soybeans'], ['soy', 'other', 'soybeans'], ['corn', 'other', 'maize'], ['coffee', 'other', 'coffee'], ['sugar', 'other', 'sugar'], ['iron ore', 'other', 'iron ore'], ['artillery systems', 'weapons', 'artillery'], ['instructors', 'training', 'instructors'], ['men', 'people', 'men'], ['doctors', 'people', 'doctors'], ['women', 'people', 'people'], ['families', 'people', 'families'], ['rescuers', 'aid', 'rescuers'], ['rescue workers', 'aid', 'rescuers'], ['wheat', 'other', 'grain'], ['food', 'other', 'food'], ['fertiliser', 'other', 'fertiliser'],
    ['vessel', 'vehicles', 'vessels'], ['vessels', 'vehicles', 'vessels'], ['cutter', 'vehicles', 'cutters'], ['cutters', 'vehicles', 'cutters'],
    ['boat', 'vehicles', 'boats'], ['boats', 'vehicles', 'boats'], ['patrol boats', 'vehicles', 'patrol boats'], ['patrol vessels', 'vehicles', 'patrol vessels'],
    ['corvette', 'vehicles', 'corvettes'], ['corvettes', 'vehicles', 'corvettes'], ['frigate', 'vehicles', 'frigates'], ['frigates', 'vehicles', 'frigates'],
    ['submarine', 'vehicles', 'submarines'], ['submarines', 'vehicles', 'submarines'], ['warship', 'vehicles', 'warships'], ['warships', 'vehicles', 'warships'],
    ['locomotives', 'vehicles', 'locomotives'], ['locomotive', 'vehicles', 'locomotives'], ['trainsets', 'vehicles', 'trains'], ['train sets', 'vehicles', 'trains'], ['high-speed trains', 'vehicles', 'trains'], ['rail wagons', 'vehicles', 'wagons'], ['railcars', 'vehicles', 'wagons'],
    ['ship', 'vehicles', 'ships'], ['tanker', 'vehicles', 'tankers'], ['tankers', 'vehicles', 'tankers'],
    ['explosives', 'munitions', 'explosives'], ['engines', 'technology', 'engines'], ['radars', 'technology', 'radars'], ['radar', 'technology', 'radars'],
    ['launchers', 'weapons', 'launchers'], ['rocket launchers', 'weapons', 'rocket launchers'], ['howitzers', 'weapons', 'howitzers'], ['cannons', 'weapons', 'guns'],
    ['tents', 'aid', 'tents'], ['generators', 'aid', 'generators'], ['blankets', 'aid', 'blankets'], ['shelter kits', 'aid', 'shelter kits'], ['kits', 'aid', 'kits'], ['vaccines', 'aid', 'vaccines'], ['electricity', 'other', 'electricity'], ['vaccine', 'aid', 'vaccines'], ['antivenom', 'aid', 'medicines'], ['antivenoms', 'aid', 'medicines'], ['antidotes', 'aid', 'medicines'], ['antibiotics', 'aid', 'medicines'], ['insulin', 'aid', 'medicines'],
    ['citizens', 'people', 'citizens'], ['relatives', 'people', 'relatives'], ['family members', 'people', 'relatives'], ['technicians', 'troops', 'technicians'], ['military advisers', 'troops', 'advisers'], ['military advisors', 'troops', 'advisers'], ['nationals', 'people', 'citizens'], ['returnees', 'people', 'returnees'], ['displaced people', 'people', 'displaced people'],
    ['naphtha', 'oil', 'naphtha'], ['cubic metres', 'oil', 'cubic metres'], ['cubic meters', 'oil', 'cubic metres'], ['bcm', 'oil', 'cubic metres'], ['financial support', 'money', 'funds'], ['military support', 'aid', 'aid'], ['financial aid', 'money', 'funds'], ['kerosene', 'oil', 'kerosene'], ['lng', 'oil', 'gas'], ['liquefied natural gas', 'oil', 'gas'],
    // troops
    ['paratroopers', 'troops', 'paratroopers'], ['sailors', 'troops', 'sailors'], ['merchant sailors', 'people', 'seafarers'], ['merchant seamen', 'people', 'seafarers'], ['commandos', 'troops', 'commandos'], ['peacekeepers', 'troops', 'peacekeepers'],
    ['gendarmes', 'troops', 'gendarmes'], ['reservists', 'troops', 'reservists'], ['conscripts', 'troops', 'conscripts'], ['recruits', 'troops', 'recruits'],
    ['military contractors', 'troops', 'contractors'], ['private military contractors', 'troops', 'contractors'],
    ['military officers', 'troops', 'officers'], ['infantry', 'troops', 'troops'], ['infantry fighting vehicles', 'vehicles', 'infantry fighting vehicles'], ['infantry fighting vehicle', 'vehicles', 'infantry fighting vehicles'], ['fighting vehicles', 'vehicles', 'fighting vehicles'], ['special operations forces', 'troops', 'troops'],
    // weapons (drones travel as weapons)
    ['weapon', 'weapons', 'weapons'], ['rifle', 'weapons', 'rifles'], ['firearms', 'weapons', 'firearms'], ['handguns', 'weapons', 'handguns'], ['pistols', 'weapons', 'pistols'],
    ['machine guns', 'weapons', 'machine guns'], ['machine-guns', 'weapons', 'machine guns'], ['mortars', 'weapons', 'mortars'], ['artillery pieces', 'weapons', 'artillery'],
    ['howitzer', 'weapons', 'howitzers'], ['anti-tank weapons', 'weapons', 'anti-tank weapons'], ['grenade launchers', 'weapons', 'grenade launchers'], ['small arms', 'weapons', 'weapons'],
    ['uavs', 'weapons', 'drones'], ['uav', 'weapons', 'drones'], ['unmanned aerial vehicles', 'weapons', 'drones'], ['loitering munitions', 'weapons', 'drones'],
    // munitions
    ['shell', 'munitions', 'shells'], ['mortar shells', 'munitions', 'shells'], ['ammo', 'munitions', 'munitions'], ['cartridges', 'munitions', 'cartridges'], ['bullets', 'munitions', 'rounds'],
    ['landmines', 'munitions', 'mines'], ['land mines', 'munitions', 'mines'], ['anti-personnel mines', 'munitions', 'mines'], ['anti-tank mines', 'munitions', 'mines'], ['naval mines', 'munitions', 'mines'],
    ['detonators', 'munitions', 'detonators'], ['tnt', 'munitions', 'explosives'],
    // missiles
    ['interceptors', 'missiles', 'interceptors'], ['interceptor missiles', 'missiles', 'interceptors'],
    // vehicles
    ['military trucks', 'vehicles', 'trucks'], ['troop carriers', 'vehicles', 'armoured vehicles'], ['troop carrier', 'vehicles', 'armoured vehicles'], ['troop transports', 'vehicles', 'armoured vehicles'], ['armoured personnel carriers', 'vehicles', 'armoured vehicles'], ['armored personnel carriers', 'vehicles', 'armoured vehicles'],
    ['personnel carriers', 'vehicles', 'armoured vehicles'], ['apcs', 'vehicles', 'armoured vehicles'], ['warplanes', 'vehicles', 'aircraft'],
    ['fighter planes', 'vehicles', 'fighter jets'], ['fighter jet', 'vehicles', 'fighter jets'], ['bombers', 'vehicles', 'bombers'],
    ['destroyers', 'vehicles', 'destroyers'], ['destroyer', 'vehicles', 'destroyers'], ['aircraft carrier', 'vehicles', 'aircraft carriers'], ['aircraft carriers', 'vehicles', 'aircraft carriers'],
    ['patrol boat', 'vehicles', 'patrol boats'], ['gunboats', 'vehicles', 'boats'], ['minesweepers', 'vehicles', 'minesweepers'], ['landing craft', 'vehicles', 'landing craft'], ['interceptor craft', 'vehicles', 'boats'], ['patrol craft', 'vehicles', 'patrol boats'], ['assault craft', 'vehicles', 'boats'],
    // technology
    ['air defence', 'technology', 'air defence'], ['air defense', 'technology', 'air defence'], ['air defences', 'technology', 'air defence'], ['air defenses', 'technology', 'air defence'],
    ['air-defence', 'technology', 'air defence'], ['air-defense', 'technology', 'air defence'], ['microchips', 'technology', 'chips'], ['electronics', 'technology', 'electronics'],
    ['air defence missiles', 'missiles', 'missiles'], ['air defense missiles', 'missiles', 'missiles'], ['air-defence missiles', 'missiles', 'missiles'], ['air-defense missiles', 'missiles', 'missiles'],
    ['air defence guns', 'weapons', 'guns'], ['air-defence guns', 'weapons', 'guns'], ['air defense guns', 'weapons', 'guns'], ['air-defense guns', 'weapons', 'guns'],
    ['ground station', 'technology', 'ground stations'], ['ground stations', 'technology', 'ground stations'], ['sensors', 'technology', 'sensors'], ['software', 'technology', 'software'],
    ['centrifuges', 'technology', 'centrifuges'], ['machine tools', 'technology', 'machine tools'], ['dual-use goods', 'technology', 'dual-use goods'], ['dual-use items', 'technology', 'dual-use goods'],
    // oil
    ['jet fuel', 'oil', 'jet fuel'], ['gasoline', 'oil', 'gasoline'], ['petrol', 'oil', 'gasoline'], ['fuel oil', 'oil', 'fuel'], ['heating oil', 'oil', 'fuel'], ['gasoil', 'oil', 'diesel'],
    ['propane', 'oil', 'LPG'], ['butane', 'oil', 'LPG'], ['cooking gas', 'oil', 'LPG'], ['bunker fuel', 'oil', 'fuel'],
    ['condensate', 'oil', 'condensate'], ['mazut', 'oil', 'fuel'], ['liquefied petroleum gas', 'oil', 'LPG'], ['hydrocarbons', 'oil', 'hydrocarbons'],
    // money
    ['remittances', 'money', 'remittances'], ['grants', 'money', 'grants'], ['investment', 'money', 'investment'], ['investments', 'money', 'investment'], ['debt relief', 'money', 'debt relief'],
    ['financial assistance', 'money', 'funds'], ['bailout', 'money', 'funds'],
    // aid
    ['medical supplies', 'aid', 'medical supplies'], ['medical equipment', 'aid', 'medical supplies'], ['food aid', 'aid', 'food'], ['food parcels', 'aid', 'food'], ['rations', 'aid', 'food'],
    ['relief goods', 'aid', 'supplies'], ['humanitarian relief', 'aid', 'aid'], ['drinking water', 'aid', 'water'], ['water purification tablets', 'aid', 'water'], ['mosquito nets', 'aid', 'mosquito nets'],
    ['doses', 'aid', 'doses'], ['vaccine doses', 'aid', 'vaccines'], ['first aid kits', 'aid', 'kits'], ['tarpaulins', 'aid', 'tarpaulins'], ['mattresses', 'aid', 'mattresses'],
    // people
    ['crew members', 'people', 'crew'], ['crewmen', 'people', 'crew'], ['immigrants', 'people', 'migrants'], ['emigrants', 'people', 'migrants'], ['asylum-seekers', 'people', 'asylum seekers'], ['displaced persons', 'people', 'displaced people'],
    ['hostages', 'people', 'hostages'], ['hostage', 'people', 'hostages'], ['inmates', 'people', 'prisoners'], ['foreigners', 'people', 'foreigners'], ['tourists', 'people', 'tourists'], ['visitors', 'people', 'tourists'], ['students', 'people', 'students'], ['footballers', 'people', 'footballers'],
    ['pilgrims', 'people', 'pilgrims'], ['unaccompanied minors', 'people', 'children'], ['minors', 'people', 'children'], ['teenagers', 'people', 'children'], ['adolescents', 'people', 'children'], ['exiles', 'people', 'exiles'],
    // other (food oils are not oil)
    ['sunflower oil', 'other', 'vegetable oil'], ['palm oil', 'other', 'vegetable oil'], ['vegetable oil', 'other', 'vegetable oil'], ['cooking oil', 'other', 'vegetable oil'], ['olive oil', 'other', 'vegetable oil'], ['avocado oil', 'other', 'vegetable oil'], ['sesame oil', 'other', 'vegetable oil'], ['cottonseed oil', 'other', 'vegetable oil'], ['soybean oil', 'other', 'vegetable oil'], ['soya oil', 'other', 'vegetable oil'], ['soy oil', 'other', 'vegetable oil'], ['rapeseed oil', 'other', 'vegetable oil'], ['canola oil', 'other', 'vegetable oil'], ['coconut oil', 'other', 'vegetable oil'], ['corn oil', 'other', 'vegetable oil'], ['groundnut oil', 'other', 'vegetable oil'], ['peanut oil', 'other', 'vegetable oil'], ['edible oil', 'other', 'vegetable oil'], ['edible oils', 'other', 'vegetable oil'], ['vegetable oils', 'other', 'vegetable oil'],
    ['fertilizer', 'other', 'fertiliser'], ['fertilizers', 'other', 'fertiliser'], ['fertilisers', 'other', 'fertiliser'], ['barley', 'other', 'grain'], ['grains', 'other', 'grain'],
    ['coal', 'other', 'coal'], ['gold', 'other', 'gold'], ['diamonds', 'other', 'diamonds'], ['lithium', 'other', 'lithium'], ['cobalt', 'other', 'cobalt'], ['nickel', 'other', 'nickel'],
    ['aluminium', 'other', 'aluminium'], ['aluminum', 'other', 'aluminium'], ['steel', 'other', 'steel'], ['rare earths', 'other', 'rare earths'], ['timber', 'other', 'timber'],
    ['beef', 'other', 'beef'], ['meat', 'other', 'meat'], ['livestock', 'other', 'livestock'], ['cattle', 'other', 'livestock'], ['sheep', 'other', 'livestock'], ['head of cattle', 'other', 'livestock'], ['cotton', 'other', 'cotton'],
    ['cigarettes', 'other', 'cigarettes'], ['tobacco', 'other', 'tobacco'], ['methamphetamine', 'other', 'drugs'], ['fentanyl', 'other', 'drugs'], ['marijuana', 'other', 'drugs'], ['hashish', 'other', 'drugs'],
    // Military units and bodies of troops, named by their size rather than by a count of soldiers.
    ['battalion', 'troops', 'battalions'],
    ['regiment', 'troops', 'regiments'], ['regiments', 'troops', 'regiments'], ['detachment', 'troops', 'contingents'], ['detachments', 'troops', 'contingents'], ['platoons', 'troops', 'platoons'],
    ['battle group', 'troops', 'battle groups'], ['battlegroup', 'troops', 'battle groups'], ['battle groups', 'troops', 'battle groups'], ['task force', 'troops', 'troops'], ['peacekeeping force', 'troops', 'peacekeepers'],
    ['rapid reaction force', 'troops', 'troops'], ['service members', 'troops', 'troops'], ['servicemembers', 'troops', 'troops'], ['infantrymen', 'troops', 'soldiers'], ['sappers', 'troops', 'sappers'], ['military engineers', 'troops', 'engineers'], ['army engineers', 'troops', 'engineers'], ['combat engineers', 'troops', 'engineers'],
    ['ambulances', 'vehicles', 'ambulances'], ['fire engines', 'vehicles', 'fire engines'], ['fire trucks', 'vehicles', 'fire engines'],
    ['field hospital', 'aid', 'field hospitals'], ['field hospitals', 'aid', 'field hospitals'], ['emergency relief', 'aid', 'aid'],
    ['former soldiers', 'troops', 'former soldiers'], ['ex-soldiers', 'troops', 'former soldiers'],
    ['cargo plane', 'vehicles', 'aircraft'], ['cargo planes', 'vehicles', 'aircraft'], ['transport plane', 'vehicles', 'aircraft'], ['transport planes', 'vehicles', 'aircraft'], ['transport aircraft', 'vehicles', 'aircraft'], ['transport ships', 'vehicles', 'ships'],
    ['tanker trucks', 'oil', 'tanker trucks'], ['fuel tankers', 'oil', 'tanker trucks'], ['fuel trucks', 'oil', 'tanker trucks'], ['road tankers', 'oil', 'tanker trucks'],
  ],
  preps: [
    ['to', 'to'], ['into', 'to'], ['towards', 'to'], ['toward', 'to'], ['bound for', 'to'], ['destined for', 'to'],
    ['in', 'in'], ['at', 'in'], ['inside', 'in'], ['on', 'in'],
    ['from', 'from'], ['out of', 'from'], ['of', 'of'],
    // "of which 95,000 came from Russia": where a share of the goods came from.
    ['came from', 'from'], ['come from', 'from'], ['comes from', 'from'],
    ['by', 'by'],
    ['between', 'between'], ['with', 'between'], ['against', 'between'], ['for', 'to'], ['alongside', 'between'], ['together with', 'between'], ['along with', 'between'], ['via', 'between'], ['through', 'between'], ['with a stopover in', 'between'], ['with a stopover at', 'between'], ['stopping over in', 'between'],
  ],
  markers: {
    hedge: ['wrote', 'writes', 'apparently', 'reportedly', 'allegedly', 'according to', 'is believed to', 'are believed to', 'is said to', 'are said to',
      'is thought to', 'are thought to', 'said to have', 'purportedly', 'claimed', 'claims', 'alleged', 'accused', 'accuses',
      'report', 'reports', 'reported', 'intelligence', 'estimates', 'suspected', 'said', 'says', 'told', 'say', 'alleges',
      'believed'],
    condAux: [],
    deny: ['denied', 'denies', 'deny', 'rejected claims', 'dismissed claims', 'refuted',
      // ("rejected a report in a Latvian newspaper that it had sold 20 howitzers to Riga")
      'rejected a report', 'rejected reports', 'rejected the report', 'rejected the reports', 'dismissed a report', 'dismissed reports', 'dismissed the report', 'rejected allegations', 'dismissed allegations', 'rejected accusations', 'dismissed accusations'],
    // ("has ruled out sending jets to Ukraine": a transfer ruled out is not made; "has not ruled out" is a plan, below.)
    neg: ['not', 'never', 'no', 'nor', "n't", 'refused to', 'refuses to', 'refuse to', 'declined to', 'declines to', 'ruled out', 'rules out', 'rule out', 'ruling out'],
    // not ruling a transfer out makes it a possibility, not a denial
    plan: ['contract to', 'contract for', 'contracts for', 'proposed', 'proposes', 'propose', 'proposing', 'does not rule out', 'did not rule out', 'do not rule out', "doesn't rule out", "didn't rule out", 'not ruling out', 'has not ruled out', 'have not ruled out', 'in talks to', 'negotiating to', 'negotiating the', 'negotiates the', 'in negotiations to', 'is expected to', 'are expected to', 'expected to', 'plans', 'plan', 'planned', 'will', 'intends', 'intend', 'pledged', 'promised', 'offered', 'committed', 'agreed', 'is set to', 'are set to',
      'is expected to', 'are expected to', 'would', 'is to', 'are to', 'prepares', 'preparing', 'aims', 'considering',
      'deal to', 'agreement to', 'could', 'may', 'offered to', 'offers to', 'proposed to', 'proposes to', 'has yet to', 'have yet to'],
    suspend: ['cancelled', 'canceled', 'suspended', 'suspends', 'suspend', 'suspension', 'halted', 'halts', 'halt', 'paused', 'pause', 'froze', 'freeze',
      'cut off', 'stopped', 'stops', 'stop', 'cease', 'ceased', 'blocked', 'blocks', 'end', 'ended', 'postponed', 'delayed', 'postpones', 'delays',
      'stalled', 'on hold'],
    recip: ['in return', 'in exchange', 'in turn'],
    recipFor: ['in exchange for', 'in return for'],
    after: ['after', 'following', 'having'],
    elab: ['such as', 'including', 'like', 'notably', 'among them'],
    coord: ['and', 'or', 'as well as', 'along with', 'plus'],
    det: ['the', 'a', 'an', 'more', 'new', 'its', 'their', 'his', 'her', 'first', 'last', 'other', 'another', 'further', 'additional'],
    request: ['thanked', 'thanks', 'asked for', 'requested', 'requests', 'appealed for', 'called for', 'demanded', 'demands', 'seeks', 'sought'],
    carrier: ['loaded with', 'laden with', 'carrying', 'full of'],
    dest: ['bound for', 'destined for', 'headed for', 'heading for', 'en route to'],
    pack: ['volumes', 'loan', 'loans', 'credit line', 'credit lines', 'line of credit', 'lines of credit', 'package', 'packages', 'batch', 'batches', 'consignment', 'consignments', 'tranche', 'tranches', 'containers'],
    hypo: ['any', 'discuss', 'discussed', 'discussing', 'negotiate', 'negotiating', 'banned', 'bans', 'ban', 'prohibited', 'prohibits', 'embargo', 'embargoes', 'curb', 'curbing', 'crack down on', 'clamp down on'],
    benef: ['population', 'people', 'gendarmerie', 'coast guard', 'police', 'displaced', 'refugees', 'victims', 'hospitals'],
    there: ['from there', 'from where', 'whence', 'from which'],
    gift: ['donated', 'donate', 'donates', 'donating', 'donation', 'donations', 'gifted', 'gift'],
    event: ['ceremony', 'fair', 'expo', 'exhibition', 'signing'],
    // ("Italy received 2,000 migrants by sea from Libya": the means, not an agent)
    means: ['by sea', 'by air', 'by land', 'by road', 'by rail', 'by boat', 'by boats', 'by small boat', 'by small boats', 'by ship', 'by plane', 'by truck', 'by lorry', 'by train', 'by bus', 'by ferry', 'by car', 'by helicopter', 'by air and sea', 'by sea and air', 'by land and sea'],
    compare: ['next to', 'compared with', 'compared to', 'in comparison with', 'in comparison to'],
    say: ['wrote', 'writes', 'said', 'says', 'announced', 'announces', 'stated', 'confirmed', 'confirms', 'declared', 'added', 'insisted', 'warned', 'acknowledged', 'admitted', 'revealed', 'disclosed', 'told', 'reported'],
    make: ['manufacture', 'origin'],
    made: ['extracted', 'mined', 'dug', 'quarried', 'made', 'manufactured', 'built', 'produced', 'assembled', 'generated', 'grown', 'harvested', 'smelted', 'pumped'],
    incl: ['which includes', 'which include', 'which included', 'that includes', 'including'],
    back: ['back', 'home', 'to their families', 'to their family', 'to families back home'],
    worth: ['worth', 'valued at', 'at a cost of', 'for a total of'],
    actor: ['junta', 'military junta', 'counterpart', 'counterparts', 'coastguard', 'home secretary', 'home minister', 'home affairs minister', 'lawmakers', 'legislators', 'senators', 'congressmen', 'parliamentarians', 'vice president', 'vice-president', 'head of state', 'crown prince', 'prince', 'emir', 'sheikh', 'sultan', 'queen', 'monarch', 'navy', 'air force', 'army', 'coast guard', 'government', 'minister', 'ministry', 'president', 'prime minister', 'leader', 'dictator', 'regime', 'army',
      'military', 'authorities', 'officials', 'official', 'diplomat', 'diplomats', 'premier', 'chancellor', 'secretary', 'delegation', 'entourage', 'ambassador', 'king',
      'spokesman', 'spokeswoman', 'foreign', 'defence', 'defense', 'affairs', 'envoy', 'envoys', 'emissaries', 'chief', 'commander', 'forces',
      'companies', 'company', 'firms', 'firm', 'manufacturers', 'exporters'],
    geo: ['soil', 'salt flat', 'salt flats', 'coasts', 'shores', 'shore', 'eastern', 'western', 'northern', 'southern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-east', 'north-west', 'south-east', 'south-west', 'region', 'regions', 'province', 'city', 'capital', 'port', 'state', 'republic', 'oblast', 'island', 'peninsula',
      'coast', 'border', 'front', 'frontline', 'front line', 'territory', 'district', 'zone', 'area', 'west', 'east', 'north',
      'south', 'southeast', 'northeast', 'northwest', 'southwest', 'centre', 'center', 'base', 'town', 'village', 'coastal',
      'borders', 'interior', 'airport', 'camp', 'camps',
      'ports', 'terminal', 'terminals', 'refinery', 'refineries', 'harbour', 'harbor', 'airports', 'bases'],
    anaphor: ['country', 'government', 'kingdom', 'island', 'archipelago'],
    aux: ['has', 'have', 'had'],
    breaker: ['war', 'conflict', 'invasion', 'tested', 'used', 'employed', 'launched', 'fired', 'use', 'uses', 'attacked', 'attack', 'fight', 'fighting', 'fought',
      'violate', 'violates', 'violated', 'killed', 'struck'],
    passiveAux: ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'remain', 'remains', 'remained'],
    program: ['program', 'programme', 'programs', 'programmes', 'project', 'projects'],
    rel: ['which', 'who', 'that', 'where', 'whose'],
    adj: [],
  },
  qualifiers: [
    ['more than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'],
    ['fewer than', 'less than'], ['less than', 'less than'], ['under', 'less than'], ['about', 'about'], ['around', 'about'],
    ['roughly', 'about'], ['approximately', 'about'], ['nearly', 'about'], ['almost', 'about'], ['some', 'about'],
    ['an estimated', 'about'], ['estimated', 'about'], ['up to', 'up to'], ['as many as', 'up to'], ['at least', 'at least'],
  ],
  scales: [
    ['thousand', 1e3, 'exact'], ['million', 1e6, 'exact'], ['billion', 1e9, 'exact'], ['trillion', 1e12, 'exact'],
    ['bn', 1e9, 'exact'], ['mn', 1e6, 'exact'], ['m', 1e6, 'exact'], ['k', 1e3, 'exact'],
    ['thousands', 1e3, 'magnitude'], ['millions', 1e6, 'magnitude'], ['billions', 1e9, 'magnitude'], ['hundreds', 100, 'magnitude'],
    // ("two dozen tanks": 24, a multiple of twelve)
    ['dozen', 12, 'exact'], ['dozens', 10, 'magnitude'], ['tens of thousands', 1e4, 'magnitude'], ['hundreds of thousands', 1e5, 'magnitude'],
  ],
  numbers: [
    // (fractions of a scale: "half a million refugees" is 500,000, not a million)
    // ("a half million", "six and a half million": read with the scale, see quantity.ts)
    ['half a million', 5e5], ['half a billion', 5e8], ['half a trillion', 5e11], ['a quarter of a million', 2.5e5], ['quarter of a million', 2.5e5],
    ['a quarter million', 2.5e5], ['a quarter of a billion', 2.5e8], ['three quarters of a million', 7.5e5], ['half a dozen', 6],
    ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
    ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['thirteen', 13], ['fourteen', 14], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
    ['hundred', 100], ['a hundred', 100], ['a thousand', 1000], ['a million', 1e6], ['a dozen', 12],
    // ("forty-five", "twenty-one": the hyphenated tens and units)
    ...(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const).flatMap((t, i) =>
      (['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const).map((u, j) => [`${t}-${u}`, (i + 2) * 10 + j + 1] as [string, number]),
    ),
  ],
  currencies: [
    ['us$', 'USD'], ['$', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['euros', 'EUR'],
    ['eur', 'EUR'], ['£', 'GBP'], ['pounds', 'GBP'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['yuan', 'CNY'],
  ],
  relief: ['wildfires', 'wildfire', 'bushfires', 'humanitarian', 'relief', 'aid', 'victims', 'famine', 'hunger', 'emergency', 'disaster', 'earthquake', 'cyclone', 'hurricane', 'floods', 'flooding', 'drought', 'displaced', 'donated', 'donation', 'donations'],
  convey: ['transported', 'routed', 'conveyed'],
  relation: ['ally', 'allies', 'partner', 'partners', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'rival', 'rivals', 'friend', 'backer', 'backers', 'patron', 'enemy', 'adversary'],
  supplies: [['investor', 'money'], ['investors', 'money'], ['supplier', 'other'], ['suppliers', 'other'], ['provider', 'other'], ['providers', 'other'], ['creditors', 'money'], ['lenders', 'money'], ['donors', 'aid'], ['creditor', 'money'], ['lender', 'money'], ['donor', 'aid'], ['funder', 'money']],
  copula: ['is', 'was', 'remains', 'remained', 'has been', 'had been', 'became', 'has become', 'are', 'were', 'remain', 'have been', 'have become', 'continues to be', 'continued to be', 'stayed', 'has remained', 'had remained', 'have remained'],
  supplier: ['supplier', 'suppliers', 'provider', 'donor', 'donors', 'creditor', 'creditors', 'lender', 'lenders', 'funder', 'funders'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  rely: ['relies', 'relied', 'rely', 'relying', 'depends', 'depended', 'depend', 'depending', 'dependent', 'reliant'],
  owe: ['owes', 'owed', 'owe'],
  sources: ['main investor', 'largest investor', 'biggest investor', 'top investor', 'leading investor', 'second-largest investor', 'second largest investor', 'largest foreign investor', 'biggest foreign investor', 'main foreign investor', 'main supplier', 'largest supplier', 'biggest supplier', 'top supplier', 'leading supplier', 'second-largest supplier', 'second largest supplier', 'main suppliers', 'largest suppliers', 'biggest suppliers', 'top suppliers', 'leading suppliers', 'main source', 'main sources', 'main origin', 'main country of origin', 'main countries of origin', 'largest source', 'largest sources', 'largest origin', 'largest country of origin', 'largest countries of origin', 'biggest source', 'biggest sources', 'biggest origin', 'biggest country of origin', 'biggest countries of origin', 'top source', 'top sources', 'top origin', 'top country of origin', 'top countries of origin', 'leading source', 'leading sources', 'leading origin', 'leading country of origin', 'leading countries of origin', 'principal source', 'principal sources', 'principal origin', 'principal country of origin', 'principal countries of origin', 'second-largest source', 'second-largest sources', 'second-largest origin', 'second-largest country of origin', 'second-largest countries of origin', 'second largest source', 'second largest sources', 'second largest origin', 'second largest country of origin', 'second largest countries of origin', 'second-biggest source', 'second-biggest sources', 'second-biggest origin', 'second-biggest country of origin', 'second-biggest countries of origin', 'second biggest source', 'second biggest sources', 'second biggest origin', 'second biggest country of origin', 'second biggest countries of origin', 'third-largest source', 'third-largest sources', 'third-largest origin', 'third-largest country of origin', 'third-largest countries of origin', 'third largest source', 'third largest sources', 'third largest origin', 'third largest country of origin', 'third largest countries of origin'],
  buyers: ['led purchases', 'led the purchases', 'leads purchases', 'main destination', 'main destinations', 'main buyer', 'main buyers', 'main customer', 'main customers', 'main importer', 'main importers', 'main market', 'main markets', 'main client', 'main clients', 'main purchaser', 'main purchasers', 'largest destination', 'largest destinations', 'largest buyer', 'largest buyers', 'largest customer', 'largest customers', 'largest importer', 'largest importers', 'largest market', 'largest markets', 'largest client', 'largest clients', 'largest purchaser', 'largest purchasers', 'biggest destination', 'biggest destinations', 'biggest buyer', 'biggest buyers', 'biggest customer', 'biggest customers', 'biggest importer', 'biggest importers', 'biggest market', 'biggest markets', 'biggest client', 'biggest clients', 'biggest purchaser', 'biggest purchasers', 'top destination', 'top destinations', 'top buyer', 'top buyers', 'top customer', 'top customers', 'top importer', 'top importers', 'top market', 'top markets', 'top client', 'top clients', 'top purchaser', 'top purchasers', 'leading destination', 'leading destinations', 'leading buyer', 'leading buyers', 'leading customer', 'leading customers', 'leading importer', 'leading importers', 'leading market', 'leading markets', 'leading client', 'leading clients', 'leading purchaser', 'leading purchasers', 'principal destination', 'principal destinations', 'principal buyer', 'principal buyers', 'principal customer', 'principal customers', 'principal importer', 'principal importers', 'principal market', 'principal markets', 'principal client', 'principal clients', 'principal purchaser', 'principal purchasers', 'second-largest destination', 'second-largest destinations', 'second-largest buyer', 'second-largest buyers', 'second-largest customer', 'second-largest customers', 'second-largest importer', 'second-largest importers', 'second-largest market', 'second-largest markets', 'second-largest client', 'second-largest clients', 'second-largest purchaser', 'second-largest purchasers', 'second largest destination', 'second largest destinations', 'second largest buyer', 'second largest buyers', 'second largest customer', 'second largest customers', 'second largest importer', 'second largest importers', 'second largest market', 'second largest markets', 'second largest client', 'second largest clients', 'second largest purchaser', 'second largest purchasers', 'second-biggest destination', 'second-biggest destinations', 'second-biggest buyer', 'second-biggest buyers', 'second-biggest customer', 'second-biggest customers', 'second-biggest importer', 'second-biggest importers', 'second-biggest market', 'second-biggest markets', 'second-biggest client', 'second-biggest clients', 'second-biggest purchaser', 'second-biggest purchasers', 'second biggest destination', 'second biggest destinations', 'second biggest buyer', 'second biggest buyers', 'second biggest customer', 'second biggest customers', 'second biggest importer', 'second biggest importers', 'second biggest market', 'second biggest markets', 'second biggest client', 'second biggest clients', 'second biggest purchaser', 'second biggest purchasers', 'third-largest destination', 'third-largest destinations', 'third-largest buyer', 'third-largest buyers', 'third-largest customer', 'third-largest customers', 'third-largest importer', 'third-largest importers', 'third-largest market', 'third-largest markets', 'third-largest client', 'third-largest clients', 'third-largest purchaser', 'third-largest purchasers', 'third largest destination', 'third largest destinations', 'third largest buyer', 'third largest buyers', 'third largest customer', 'third largest customers', 'third largest importer', 'third largest importers', 'third largest market', 'third largest markets', 'third largest client', 'third largest clients', 'third largest purchaser', 'third largest purchasers', 'third-biggest destination', 'third-biggest destinations', 'third-biggest buyer', 'third-biggest buyers', 'third-biggest customer', 'third-biggest customers', 'third-biggest importer', 'third-biggest importers', 'third-biggest market', 'third-biggest markets', 'third-biggest client', 'third-biggest clients', 'third-biggest purchaser', 'third-biggest purchasers', 'third biggest destination', 'third biggest destinations', 'third biggest buyer', 'third biggest buyers', 'third biggest customer', 'third biggest customers', 'third biggest importer', 'third biggest importers', 'third biggest market', 'third biggest markets', 'third biggest client', 'third biggest clients', 'third biggest purchaser', 'third biggest purchasers'],
  none: ['no', 'any'],
  sequence: ['then', 'before travelling on', 'before traveling on', 'before travelling', 'before traveling', 'before flying', 'before heading', 'before moving on', 'and later', 'before going on', 'take him to', 'take her to', 'first stop', 'next stop'],
  decimalComma: false,
};
