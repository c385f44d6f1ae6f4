// ClienteleApp
