"""Resident memory of `mtlint server` (Linux /proc): after initialize, and after the first
document (argv[2]) is checked with the shipped glossaries. Usage:
    python3 scripts/server/memory.py target/debug/mtlint tests/fixtures/lavrov-wonsan.pt.txt
"""
import json, subprocess, sys, time, os
bin_ = sys.argv[1]; seed = open(sys.argv[2], encoding='utf-8').read()
p = subprocess.Popen([bin_, 'server'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=dict(os.environ, RAYON_NUM_THREADS='1'))
def send(m):
    b = json.dumps(m).encode(); p.stdin.write(b'Content-Length: %d\r\n\r\n' % len(b) + b); p.stdin.flush()
def recv():
    n = 0
    while True:
        l = p.stdout.readline().strip()
        if not l: break
        if l.lower().startswith(b'content-length'): n = int(l.split(b':')[1])
    return json.loads(p.stdout.read(n))
def hwm():
    return [l for l in open(f'/proc/{p.pid}/status') if l.startswith(('VmHWM','VmRSS'))]
send({'jsonrpc':'2.0','id':1,'method':'initialize','params':{'capabilities':{}}}); recv()
send({'jsonrpc':'2.0','method':'initialized','params':{}})
print('after initialize', hwm())
send({'jsonrpc':'2.0','method':'textDocument/didOpen','params':{'textDocument':{'uri':'file:///tmp/seed.txt','languageId':'plaintext','version':1,'text':seed}}})
while recv().get('method') != 'textDocument/publishDiagnostics': pass
print('after the seed is checked', hwm())
send({'jsonrpc':'2.0','id':2,'method':'shutdown'}); recv(); send({'jsonrpc':'2.0','method':'exit'}); print('exit', p.wait())
