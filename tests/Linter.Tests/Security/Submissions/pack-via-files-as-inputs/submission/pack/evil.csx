// Never names File or Process: binds them by name, as the attack in issue 11 did.
var write = (Action<string, string>)Delegate.CreateDelegate(typeof(Action<string, string>), Type.GetType("System.IO.File")!, "WriteAllText");
write("@MARKER@", "ran");
